import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Logging
import MyService
import ServiceLifecycle
import Testing

/// The adapter in a `ServiceGroup`: a graceful shutdown lets the call in flight finish, then the
/// client refuses calls.
@Suite struct LifecycleTests {
    @Test func gracefulShutdownFinishesTheCallInFlightThenRefusesCalls() async throws {
        // Every answer waits half a second, so the call is in flight when the shutdown begins.
        let server = try MockServer { _ in
            usleep(500_000)
            return .json(#"{"cluster_id":"c1","state":"running"}"#, headers: ["x-acs-request-id": "R-1"])
        }
        defer { server.shutdown() }
        let service = CloudClientsService(
            configuration: ClientConfiguration(endpoint: server.baseURL),
            credentials: StaticCredentialsProvider(accessKeyID: "id", accessKeySecret: "secret"))
        let group = ServiceGroup(services: [service], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let call = Task { try await service.ack.describeClusterDetail(.init(clusterID: "c1")) }
            while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            #expect(try await call.value.clusterID == "c1")
        }
        let refused = await #expect(throws: ClientError.self) {
            _ = try await service.ack.describeClusterDetail(.init(clusterID: "c1"))
        }
        #expect(refused?.kind == .shutDown)
    }
}
