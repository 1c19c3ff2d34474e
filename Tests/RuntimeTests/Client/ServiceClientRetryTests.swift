@_spi(Generated) import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import Synchronization
import Testing

@Suite("ServiceClient retries")
struct ServiceClientRetryTests {
    private let policy = RetryPolicy(
        maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(5), random: { 1 })

    /// A transport answering request N with `answers[N]` (the last one repeats).
    private func scripted(_ answers: [Result<CannedResponse, TransportError>]) -> RecordingTransport {
        let count = Mutex(0)
        return RecordingTransport { _ in
            let index = count.withLock { value in
                defer { value += 1 }
                return min(value, answers.count - 1)
            }
            return try answers[index].get()
        }
    }

    private static let ok = CannedResponse(
        status: 200, headers: ["x-acs-request-id": "R-OK"], body: Array(#"{"cluster_id":"c1"}"#.utf8))
    private static func status(
        _ status: Int, headers: HTTPHeaders = [:], body: String = ""
    ) -> Result<CannedResponse, TransportError> {
        .success(CannedResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    private func client(
        _ transport: RecordingTransport, sleeper: FakeSleeper, service: ServiceDescriptor = TestService.ack,
        policy: RetryPolicy? = nil
    ) -> ServiceClient {
        let nonces = Mutex(0)
        let configuration = TestService.configuration(
            retryPolicy: policy ?? self.policy, sleeper: sleeper,
            nonce: { "nonce-\(nonces.withLock { value in value += 1; return value })" })
        return TestService.client(service, configuration: configuration, transport: transport)
    }

    @Test("A 503 then success: two attempts, each signed afresh, one backoff wait")
    func retriesThenSucceeds() async throws {
        let transport = scripted([Self.status(503), .success(Self.ok)])
        let sleeper = FakeSleeper()
        let detail: TestService.ClusterDetail = try await client(transport, sleeper: sleeper)
            .send(
                TestService.DescribeClusterDetail(clusterID: "c1"),
                operation: TestService.DescribeClusterDetail.operation)
        #expect(detail.clusterID == "c1")
        #expect(transport.requests.count == 2)
        #expect(sleeper.waits == [.milliseconds(100)])
        let nonces = transport.requests.map { $0.headers["x-acs-signature-nonce"] }
        #expect(nonces == ["nonce-1", "nonce-2"])
        #expect(transport.requests[0].headers["Authorization"] != transport.requests[1].headers["Authorization"])
    }

    @Test("Exhausted retries throw the last ServiceError with the attempt count")
    func exhausted() async throws {
        let transport = scripted([
            Self.status(500), Self.status(502), Self.status(503, body: #"{"code":"Busy","message":"busy"}"#),
        ])
        let sleeper = FakeSleeper()
        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await client(transport, sleeper: sleeper)
                .send(
                    TestService.DescribeClusterDetail(clusterID: "c1"),
                    operation: TestService.DescribeClusterDetail.operation)
        }
        #expect(error?.httpStatus == 503)
        #expect(error?.code == "Busy")
        #expect(error?.attempts == 3)
        #expect(error?.description.contains("attempts: 3") == true)
        #expect(transport.requests.count == 3)
        #expect(sleeper.waits == [.milliseconds(100), .milliseconds(200)])
    }

    @Test("A non-idempotent POST is not retried after a 503")
    func postNotRetried() async throws {
        let transport = scripted([Self.status(503), .success(Self.ok)])
        let sleeper = FakeSleeper()
        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await client(transport, sleeper: sleeper)
                .send(TestService.CreateCluster(name: "k"), operation: TestService.CreateCluster.operation)
        }
        #expect(error?.attempts == 1)
        #expect(transport.requests.count == 1)
        #expect(sleeper.waits.isEmpty)
    }

    @Test("A non-idempotent POST is retried after throttling and after a connect failure, honouring Retry-After")
    func postRetriedWhenNotProcessed() async throws {
        let transport = scripted([
            Self.status(429, headers: ["Retry-After": "2"]),
            .failure(TransportError(kind: .connectFailed, curlCode: 7, message: "refused")),
            .success(Self.ok),
        ])
        let sleeper = FakeSleeper()
        let _: TestService.ClusterDetail = try await client(transport, sleeper: sleeper)
            .send(TestService.CreateCluster(name: "k"), operation: TestService.CreateCluster.operation)
        #expect(transport.requests.count == 3)
        #expect(sleeper.waits == [.seconds(2), .milliseconds(200)])
    }

    @Test("RPC: a Describe action is retried after a timeout, a Create action is not")
    func rpcByAction() async throws {
        let timeout = TransportError(kind: .timedOut, curlCode: 28, message: "timed out")
        let okBody = CannedResponse(status: 200, body: Array(#"{"RequestId":"K","TotalCount":1}"#.utf8))
        let reads = scripted([.failure(timeout), .success(okBody)])
        let response: TestService.DescribeClusterResponse = try await client(
            reads, sleeper: FakeSleeper(), service: TestService.kce
        )
        .send(TestService.DescribeCluster(), operation: TestService.DescribeCluster.operation)
        #expect(response.totalCount == 1)
        #expect(reads.requests.count == 2)

        let writes = scripted([.failure(timeout), .success(okBody)])
        let create = OperationDescriptor(name: "CreateCluster", action: "CreateCluster")
        let error = await #expect(throws: TransportError.self) {
            let _: TestService.DescribeClusterResponse = try await client(
                writes, sleeper: FakeSleeper(), service: TestService.kce
            )
            .send(TestService.DescribeCluster(), operation: create)
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.attempts == 1)
        #expect(error?.operation == "CreateCluster")
        #expect(writes.requests.count == 1)
    }

    @Test("The per-call policy overrides the configuration; .none makes one attempt")
    func perCallNone() async throws {
        let transport = scripted([Self.status(503), .success(Self.ok)])
        let sleeper = FakeSleeper()
        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await client(transport, sleeper: sleeper).send(
                TestService.DescribeClusterDetail(clusterID: "c1"),
                operation: TestService.DescribeClusterDetail.operation,
                options: CallOptions(retryPolicy: RetryPolicy.none))
        }
        #expect(error?.attempts == 1)
        #expect(transport.requests.count == 1)
        #expect(sleeper.waits.isEmpty)
    }

    @Test("A client error and an undecodable success are never retried")
    func permanentFailures() async throws {
        let bad = scripted([Self.status(400, body: #"{"code":"InvalidParameter"}"#), .success(Self.ok)])
        await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await client(bad, sleeper: FakeSleeper())
                .send(
                    TestService.DescribeClusterDetail(clusterID: "c1"),
                    operation: TestService.DescribeClusterDetail.operation)
        }
        #expect(bad.requests.count == 1)

        let undecodable = scripted([
            .success(CannedResponse(status: 200, body: Array(#"{"size":"x"}"#.utf8))), .success(Self.ok),
        ])
        await #expect(throws: ResponseDecodingError.self) {
            let _: TestService.StrictCluster = try await client(undecodable, sleeper: FakeSleeper())
                .send(
                    TestService.DescribeClusterDetail(clusterID: "c1"),
                    operation: TestService.DescribeClusterDetail.operation)
        }
        #expect(undecodable.requests.count == 1)
    }

    @Test("A cancelled wait ends the call with CancellationError")
    func cancelledSleep() async throws {
        let transport = scripted([Self.status(503)])
        let configuration = TestService.configuration(retryPolicy: self.policy)
        var cancelling = configuration
        cancelling.retrySleeper = { _ in throw CancellationError() }
        await #expect(throws: CancellationError.self) {
            let _: TestService.ClusterDetail = try await TestService.client(
                configuration: cancelling, transport: transport
            )
            .send(
                TestService.DescribeClusterDetail(clusterID: "c1"),
                operation: TestService.DescribeClusterDetail.operation)
        }
        #expect(transport.requests.count == 1)
    }

    @Test("The default configuration retries with the default policy")
    func defaultConfiguration() {
        #expect(ClientConfiguration().retryPolicy.maxAttempts == RetryPolicy.default.maxAttempts)
    }
}
