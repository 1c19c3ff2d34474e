import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization
import Testing

/// Many calls at once on one client, over the real transport.
///
/// Off unless `CLOUD_SDK_SOAK=1`: its 2,000 momentary sockets and 1,000 server threads would
/// disturb tests that count the process's descriptors and threads while running in parallel.
/// Alone it takes about half a second.
@Suite(
    "Concurrency end to end", .enabled(if: ProcessInfo.processInfo.environment["CLOUD_SDK_SOAK"] == "1"))
struct ConcurrencyFaultTests {
    @Test("1,000 concurrent calls on one client all succeed, each with its own answer, in bounded time")
    func thousandConcurrentCalls() async throws {
        let count = 1000
        // No signature verification: the handler stays light, the client still signs every call.
        try await MockServer.withServer { request in
            let id = request.rawPath.split(separator: "/").last.map(String.init) ?? "?"
            return .json(#"{"cluster_id":"\#(id)","state":"running"}"#)
        } body: { server in
            var configuration = EndToEnd.configuration(
                server, timeout: Timeout(connect: .seconds(10), request: .seconds(60)))
            configuration.retryPolicy = .none
            let client = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let started = ContinuousClock.now
            let mismatches = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<count {
                    group.addTask {
                        let id = "c-\(index)"
                        let detail = try await client.describeClusterDetail(
                            ACK.DescribeClusterDetailRequest(clusterID: id))
                        return detail.clusterID != id
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(mismatches == 0)
            #expect(server.requests.count == count)
            // Loose: on a loaded 2-core machine the run has taken 23 s; alone it takes under a second.
            #expect(ContinuousClock.now - started < .seconds(60))
        }
    }
}
