@_spi(Generated) @testable import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Shutting down: a client refuses new calls and waits for those in flight; a transport finishes or
/// fails its transfers and ends its thread.
@Suite struct ShutdownTests {
    private static let answer = Array(#"{"cluster_id":"c1"}"#.utf8)

    private func describe(_ client: ServiceClient) async throws -> TestService.ClusterDetail {
        try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
    }

    @Test func shutdownWithCallsInFlightLosesNoneAndEndsTheThread() async throws {
        // Every answer takes 2 s, so the calls are in flight when the shutdown begins.
        let server = try LoopbackServer { _ in
            usleep(2_000_000)
            return .respond(status: 200, body: Self.answer)
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let client = ServiceClient(
            service: TestService.ack,
            configuration: TestService.configuration(endpoint: server.url(""), retryPolicy: .none),
            credentials: TestService.credentials, transport: transport)

        let calls = (0..<5).map { _ in Task { try await self.describe(client) } }
        // Generous: tasks can start late when the other suites fill the cooperative pool.
        let deadline = ContinuousClock.now + .seconds(120)
        while server.requests.count < 5, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(server.requests.count == 5)

        // Counted by the client itself, so a late resumption of this task cannot blur it: the shutdown
        // began with calls in flight and returned with none.
        let inFlight = client.lifecycle.callsInFlight
        await client.shutdown()
        #expect(inFlight > 0)
        #expect(client.lifecycle.callsInFlight == 0)
        for call in calls { #expect(try await call.value.clusterID == "c1") }
        let refused = await #expect(throws: ClientError.self) { _ = try await self.describe(client) }
        #expect(refused?.kind == .shutDown && refused?.operation == "DescribeClusterDetail")
        #expect(server.requests.count == 5)

        await transport.shutdown()
        #expect(transport.hasStopped)
        await transport.shutdown()  // again: returns at once
        let closed = await #expect(throws: TransportError.self) {
            _ = try await transport.send(
                SentRequest.local(.get, port: server.port, path: "/late"),
                timeout: Timeout(connect: .seconds(5), request: .seconds(5)))
        }
        #expect(closed?.kind == .shutDown)
    }

    @Test func aTransportShutDownWaitsForItsTransfersUnlessToldToCancelThem() async throws {
        let server = try LoopbackServer { _ in .stall }
        defer { server.stop() }
        let transport = CurlTransport()
        let request = SentRequest.local(.get, port: server.port, path: "/stall")
        let call = Task { try await transport.send(request, timeout: Timeout(connect: .seconds(5), request: .seconds(60))) }
        // Generous: tasks can start late when the other suites fill the cooperative pool.
        let deadline = ContinuousClock.now + .seconds(120)
        while server.requests.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }

        await transport.shutdown(cancellingInFlight: true)
        #expect(transport.hasStopped)
        let error = await #expect(throws: TransportError.self) { _ = try await call.value }
        #expect(error?.kind == .shutDown)
    }
}

