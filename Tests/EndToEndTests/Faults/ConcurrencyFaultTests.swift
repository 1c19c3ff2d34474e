import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization
import Testing

/// Many calls at once on one client, over the real transport.
@Suite("Concurrency end to end")
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
                server, timeout: Timeout(connect: .seconds(5), request: .seconds(10)))
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
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }
}
