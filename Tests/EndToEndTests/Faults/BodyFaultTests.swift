import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// Broken and odd response bodies end to end: each call ends in a decoded value or a typed error, never a hang.
@Suite("Body faults end to end")
struct BodyFaultTests {
    private static let verifying = [EndToEnd.accessKeyID: EndToEnd.secret]
    private static let clusterJSON = #"{"cluster_id":"c-ok","name":"intact","state":"running"}"#

    private func describe(_ client: ACKClient) async throws -> ACK.DescribeClusterDetailResponse {
        try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-ok"))
    }

    private func client(_ server: MockServer, policy: RetryPolicy = .default) -> (ACKClient, Faults.RecordingSleeper) {
        let sleeper = Faults.RecordingSleeper()
        let client = ACKClient(
            configuration: Faults.configuration(server, sleeper: sleeper, policy: policy),
            credentials: EndToEnd.credentials)
        return (client, sleeper)
    }

    @Test(
        "A body cut short, by close or reset, is a TransportError after the bounded attempts",
        arguments: [false, true])
    func truncatedBodyExhausted(reset: Bool) async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            MockResponse.json(Self.clusterJSON).truncatingBody(after: 10, reset: reset)
        } body: { server in
            let (client, sleeper) = client(server)
            do {
                _ = try await describe(client)
                Issue.record("expected a TransportError")
            } catch let error as TransportError {
                #expect(error.kind == .other)
                #expect(error.curlCode != 0)
                #expect(error.attempts == 3)
                #expect(error.operation == "DescribeClusterDetail")
            }
            #expect(server.requests.count == 3)
            #expect(sleeper.waits.count == 2)
        }
    }

    @Test("A connection reset mid-body is retried for a read, and the next complete answer decodes")
    func resetMidBodyThenSuccess() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            let whole = MockResponse.json(Self.clusterJSON)
            return request.sequenceNumber == 1 ? whole.truncatingBody(after: 20, reset: true) : whole
        } body: { server in
            let (client, sleeper) = client(server)
            let detail = try await describe(client)
            #expect(detail.clusterID == "c-ok")
            #expect(detail.name == "intact")
            #expect(server.requests.count == 2)
            #expect(sleeper.waits.count == 1)
        }
    }

    @Test("Invalid JSON in a 200 is a ResponseDecodingError with the status and the request id")
    func invalidJSONInSuccess() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .json(#"{"cluster_id":"c-ok", "state": running}"#, headers: ["x-acs-request-id": "req-garbled"])
        } body: { server in
            let (client, sleeper) = client(server)
            do {
                _ = try await describe(client)
                Issue.record("expected a ResponseDecodingError")
            } catch let error as ResponseDecodingError {
                #expect(error.httpStatus == 200)
                #expect(error.requestID == "req-garbled")
                #expect(error.operation == "DescribeClusterDetail")
                #expect(error.description.contains("req-garbled"))
            }
            // A decoding failure is not transient: one attempt only.
            #expect(server.requests.count == 1)
            #expect(sleeper.waits.isEmpty)
        }
    }

    @Test("A 200 whose body is not JSON at all is a ResponseDecodingError, not a crash")
    func htmlInSuccess() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .text("<html>gateway says hi</html>", headers: ["x-acs-request-id": "req-html"])
        } body: { server in
            let (client, _) = client(server)
            await #expect(throws: ResponseDecodingError.self) { try await describe(client) }
            #expect(server.requests.count == 1)
        }
    }

    @Test("A 50 MB response body decodes: the large field arrives whole")
    func fiftyMegabyteBody() async throws {
        let size = 50 * 1024 * 1024
        let filler = String(repeating: "x", count: size)
        let body = #"{"cluster_id":"c-big","state":"running","meta_data":""# + filler + #""}"#
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .json(body)
        } body: { server in
            var configuration = EndToEnd.configuration(
                server, timeout: Timeout(connect: .seconds(2), request: .seconds(15)))
            configuration.retryPolicy = .none
            let client = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let detail = try await describe(client)
            #expect(detail.clusterID == "c-big")
            #expect(detail.metaData?.utf8.count == size)
        }
    }
}
