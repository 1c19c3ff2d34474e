import CloudRuntime
import Foundation
import Testing

/// Per-call settings replace the client's for that call only (the per-call retry policy is tested
/// with the other retry rules in `ServiceClientRetryTests`).
@Suite struct CallOptionsTests {
    @Test func aCallTimeoutEndsAStalledCallLongBeforeTheClientTimeout() async throws {
        let server = try LoopbackServer { _ in .stall }
        defer { server.stop() }
        var configuration = TestService.configuration(endpoint: server.url(""), retryPolicy: .none)
        configuration.timeout = Timeout(connect: .seconds(60), request: .seconds(120))
        let client = ServiceClient(
            service: TestService.ack, configuration: configuration, credentials: TestService.credentials,
            transport: CurlTransport.shared)
        let options = CallOptions(timeout: Timeout(connect: .seconds(5), request: .milliseconds(300)))
        let started = ContinuousClock.now

        let error = await #expect(throws: TransportError.self) {
            let _: TestService.ClusterDetail = try await client.send(
                TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation,
                options: options)
        }

        #expect(error?.kind == .timedOut)
        // Loose bound: the suite shares two threads with every other test; the client's own limit is 120 s.
        #expect(ContinuousClock.now - started < .seconds(60))
    }
}
