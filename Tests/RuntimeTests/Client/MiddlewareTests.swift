@_spi(Generated) import CloudRuntime
import CloudTestSupport
import HTTPTypes
import Synchronization
import Testing

/// The middleware chain: order, what each step sees, retries passing through it again, answering
/// without sending, and the signature covering what middleware added.
@Suite struct MiddlewareTests {
    /// What the middleware saw, shared by the copies a chain holds.
    final class Seen<Value: Sendable>: Sendable {
        private let storage = Mutex<[Value]>([])

        func append(_ value: Value) { self.storage.withLock { $0.append(value) } }
        var all: [Value] { self.storage.withLock { $0 } }
    }

    /// Appends "name>" on the way in and "<name status" on the way out, and the attempt it saw.
    struct Recorder: ClientMiddleware {
        let name: String
        let log: Seen<String>

        init(_ name: String, log: Seen<String>) {
            self.name = name
            self.log = log
        }

        func intercept(
            _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
            next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
        ) async throws -> (HTTPResponse, [UInt8]) {
            let signed = request.headerFields[.authorization] != nil
            self.log.append("\(self.name)>#\(context.attempt)\(signed ? " signed" : "")")
            let (response, responseBody) = try await next(request, body)
            self.log.append("<\(self.name) \(response.status.code)")
            return (response, responseBody)
        }
    }

    /// Adds a header.
    struct AddHeader: ClientMiddleware {
        let name: String
        let value: String

        func intercept(
            _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
            next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
        ) async throws -> (HTTPResponse, [UInt8]) {
            var request = request
            request.headerFields[HTTPField.Name(self.name)!] = self.value
            return try await next(request, body)
        }
    }

    /// Answers itself, never calling `next`.
    struct Answer: ClientMiddleware {
        let response: CannedResponse

        func intercept(
            _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
            next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
        ) async throws -> (HTTPResponse, [UInt8]) {
            self.response.answer
        }
    }

    /// Throws the given error before sending.
    struct Fail: ClientMiddleware {
        let error: any Error & Sendable

        func intercept(
            _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
            next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
        ) async throws -> (HTTPResponse, [UInt8]) {
            throw self.error
        }
    }

    /// Records each context it sees.
    struct Contexts: ClientMiddleware {
        let seen: Seen<MiddlewareContext>

        func intercept(
            _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
            next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
        ) async throws -> (HTTPResponse, [UInt8]) {
            self.seen.append(context)
            return try await next(request, body)
        }
    }

    private static let ok = CannedResponse(
        status: 200, headers: ["x-acs-request-id": "R-OK"], body: Array(#"{"cluster_id":"c1"}"#.utf8))
    private static let busy = CannedResponse(
        status: 503, body: Array(#"{"code":"ServiceUnavailable","message":"busy"}"#.utf8))

    private func client(
        _ transport: RecordingTransport, middlewares: [any ClientMiddleware], algorithm: SignatureAlgorithm? = nil
    ) -> ServiceClient {
        var configuration = TestService.configuration(
            region: "cn-beijing", signatureAlgorithm: algorithm,
            retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), random: { 1 }))
        configuration.middlewares = middlewares
        return TestService.client(TestService.ack, configuration: configuration, transport: transport)
    }

    private func describe(
        _ client: ServiceClient, options: CallOptions = CallOptions()
    ) async throws -> TestService.ClusterDetail {
        try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation,
            options: options)
    }

    @Test func theClientsMiddlewareRunsFirstInOrderThenTheCalls() async throws {
        let log = Seen<String>()
        let transport = RecordingTransport { _ in Self.ok }
        let client = self.client(transport, middlewares: [Recorder("a", log: log), Recorder("b", log: log)])

        _ = try await self.describe(client, options: CallOptions(middlewares: [Recorder("call", log: log)]))

        #expect(log.all == ["a>#1", "b>#1", "call>#1", "<call 200", "<b 200", "<a 200"])
        #expect(transport.requests.count == 1)
    }

    @Test func aRetriedCallPassesThroughTheChainAgainUnsignedEachTime() async throws {
        let log = Seen<String>()
        let count = Mutex(0)
        let transport = RecordingTransport { _ in
            count.withLock { value in
                value += 1
                return value == 1 ? Self.busy : Self.ok
            }
        }
        let client = self.client(transport, middlewares: [Recorder("a", log: log)])

        let detail = try await self.describe(client)

        #expect(detail.clusterID == "c1")
        #expect(log.all == ["a>#1", "<a 503", "a>#2", "<a 200"])
        #expect(transport.requests.count == 2)
        #expect(transport.requests.allSatisfy { $0.headers["Authorization"] != nil })
    }

    @Test(arguments: [SignatureAlgorithm.acs3HMACSHA256, .acsHMACSHA1])
    func aHeaderAMiddlewareAddsIsSentAndSigned(algorithm: SignatureAlgorithm) async throws {
        let transport = RecordingTransport { _ in Self.ok }
        let client = self.client(
            transport, middlewares: [AddHeader(name: "x-acs-tenant", value: "team-a")], algorithm: algorithm)

        _ = try await self.describe(client)

        let sent = try #require(transport.requests.first)
        #expect(sent.headers["x-acs-tenant"] == "team-a")
        // The mock's own verifier recomputes the signature from the request as sent, Host included.
        var headers = sent.headers
        headers.add(name: "Host", value: sent.authority)
        let recorded = RecordedRequest(
            method: sent.method.rawValue, target: sent.request.path ?? "/", headers: headers, body: sent.body)
        let verifier = SignatureVerifier(credentials: ["AKIDEXAMPLE": "TOP-SECRET-KEY"])
        let result = verifier.verify(recorded)
        #expect(result.isValid, "\(result)")
        let covered = (result.canonicalRequest ?? "") + (result.stringToSign ?? "")
        #expect(covered.contains("x-acs-tenant:team-a"))
        // Changing the header after signing breaks the signature: the verifier checks it.
        headers["x-acs-tenant"] = "team-b"
        let tampered = RecordedRequest(
            method: sent.method.rawValue, target: sent.request.path ?? "/", headers: headers, body: sent.body)
        #expect(!verifier.verify(tampered).isValid)
    }

    @Test func aMiddlewareCanAnswerWithoutSending() async throws {
        let transport = RecordingTransport { _ in Self.busy }
        let client = self.client(transport, middlewares: [Answer(response: Self.ok)])

        let detail = try await self.describe(client)

        #expect(detail.clusterID == "c1")
        #expect(detail.requestID == "R-OK")
        #expect(transport.requests.isEmpty)
    }

    @Test func aMiddlewaresTransportErrorIsRetriedAndAnyOtherErrorEndsTheCall() async throws {
        let transport = RecordingTransport { _ in Self.ok }
        let refused = TransportError(kind: .connectFailed, message: "refused by a test")
        let retried = await #expect(throws: TransportError.self) {
            try await self.describe(self.client(transport, middlewares: [Fail(error: refused)]))
        }
        #expect(retried?.attempts == 3)

        let ended = await #expect(throws: ClientError.self) {
            try await self.describe(
                self.client(transport, middlewares: [Fail(error: ClientError(kind: .invalidEndpoint, message: "no"))]))
        }
        #expect(ended?.kind == .invalidEndpoint)
        #expect(transport.requests.isEmpty)
    }

    @Test func theContextNamesServiceOperationAttemptAndRegion() async throws {
        let seen = Seen<MiddlewareContext>()
        let transport = RecordingTransport { _ in Self.ok }
        _ = try await self.describe(self.client(transport, middlewares: [Contexts(seen: seen)]))
        #expect(
            seen.all == [
                MiddlewareContext(service: "ACK", operation: "DescribeClusterDetail", attempt: 1, region: "cn-beijing")
            ])
    }
}
