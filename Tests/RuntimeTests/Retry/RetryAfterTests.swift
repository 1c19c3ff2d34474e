import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@Suite("Retry-After and x-acs-retry-after")
struct RetryAfterTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600)  // Thu, 01 Jan 2026 00:00:00 GMT

    private static func fields(_ headers: HTTPHeaders) -> HTTPFields {
        headers.httpFields
    }

    @Test("Retry-After in seconds")
    func seconds() {
        #expect(RetryAfter.delay(in: Self.fields(["Retry-After": "3"]), receivedAt: now) == .seconds(3))
        #expect(RetryAfter.delay(in: Self.fields(["retry-after": " 0 "]), receivedAt: now) == .zero)
    }

    @Test("x-acs-retry-after is in milliseconds and preferred over Retry-After")
    func acsMilliseconds() {
        #expect(RetryAfter.delay(in: Self.fields(["x-acs-retry-after": "1500"]), receivedAt: now) == .milliseconds(1500))
        #expect(
            RetryAfter.delay(in: Self.fields(["Retry-After": "9", "X-Acs-Retry-After": "250"]), receivedAt: now)
                == .milliseconds(250))
    }

    @Test("An HTTP date is measured from the answer's Date header, else from the arrival time")
    func httpDate() {
        let target = "Thu, 01 Jan 2026 00:00:05 GMT"
        #expect(RetryAfter.delay(in: Self.fields(["Retry-After": target]), receivedAt: now) == .seconds(5))
        // The server's own clock runs 2 s ahead of ours: its Date header wins.
        #expect(
            RetryAfter.delay(in: Self.fields(["Retry-After": target, "Date": "Thu, 01 Jan 2026 00:00:02 GMT"]), receivedAt: now)
                == .seconds(3))
        #expect(RetryAfter.delay(in: Self.fields(["Retry-After": "Wed, 31 Dec 2025 23:59:00 GMT"]), receivedAt: now) == .zero)
    }

    @Test(
        "Malformed values and missing headers ask for nothing",
        arguments: ["", "-1", "1.5", "soon", "99999999999999", "٣"])
    func malformed(value: String) {
        #expect(RetryAfter.delay(in: Self.fields(["Retry-After": value]), receivedAt: now) == nil)
        #expect(RetryAfter.delay(in: Self.fields(["x-acs-retry-after": value]), receivedAt: now) == nil)
    }

    @Test func absent() {
        #expect(RetryAfter.delay(in: Self.fields([:]), receivedAt: now) == nil)
    }

    @Test("A service failure carries the requested wait from the response")
    func failureFromResponse() {
        let response = HTTPResponse(status: .tooManyRequests, headerFields: [.retryAfter: "2"])
        let error = ServiceError(response: response, body: [], operation: "Op")
        #expect(
            RetryFailure.service(error, response: response, receivedAt: now)
                == .service(error, requestedDelay: .seconds(2)))
    }
}
