import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// A long run for leak and race checkers; off unless `CLOUD_SDK_SOAK=1`, because it takes minutes under a sanitizer.
@Suite("Soak", .enabled(if: ProcessInfo.processInfo.environment["CLOUD_SDK_SOAK"] == "1"))
struct SoakTests {
    @Test("10,000 calls on one client, with every tenth answer a fault, all end in a value or a typed error")
    func tenThousandCalls() async throws {
        let total = 10_000
        let batch = 50
        try await MockServer.withServer { request in
            switch request.sequenceNumber % 10 {
            case 3: .ackError(status: 503, code: "ServiceUnavailable", message: "busy", requestID: "req-503")
            case 7: MockResponse.json(#"{"cluster_id":"c-soak"}"#).truncatingBody(after: 4, reset: true)
            default: .json(#"{"cluster_id":"c-soak","state":"running"}"#)
            }
        } body: { server in
            var configuration = EndToEnd.configuration(
                server, timeout: Timeout(connect: .seconds(5), request: .seconds(30)))
            configuration.retryPolicy = .none
            let client = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            var outcomes = (values: 0, typedErrors: 0)
            for start in stride(from: 0, to: total, by: batch) {
                let counts = await withTaskGroup(of: Bool.self) { group in
                    for _ in start..<min(start + batch, total) {
                        group.addTask {
                            do {
                                _ = try await client.describeClusterDetail(
                                    ACK.DescribeClusterDetailRequest(clusterID: "c-soak"))
                                return true
                            } catch is ServiceError {
                                return false
                            } catch is TransportError {
                                return false
                            } catch {
                                Issue.record("untyped error: \(error)")
                                return false
                            }
                        }
                    }
                    return await group.reduce(into: (0, 0)) { $0.0 += $1 ? 1 : 0; $0.1 += $1 ? 0 : 1 }
                }
                outcomes.values += counts.0
                outcomes.typedErrors += counts.1
            }
            #expect(outcomes.values + outcomes.typedErrors == total)
            #expect(outcomes.values >= total * 7 / 10)
            #expect(server.requests.count == total)
        }
    }
}
