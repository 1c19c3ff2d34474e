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

        let error = await #expect(throws: TransportError.self) {
            let _: TestService.ClusterDetail = try await client.send(
                TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation,
                options: options)
        }

        #expect(error?.kind == .timedOut)
        // Measured by the server, on its own thread: the call's 300 ms, not the client's own 120 s.
        let waited = await server.firstStallEndedByClient()
        #expect(waited.map { $0 < .seconds(5) } == true, "waited \(String(describing: waited))")
    }
}
