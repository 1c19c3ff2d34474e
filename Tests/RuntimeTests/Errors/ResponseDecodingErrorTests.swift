import CloudRuntime
import Foundation
import Testing

@Suite struct ResponseDecodingErrorTests {
    private struct Cluster: Decodable {
        var size: Int
        var name: String
    }

    private struct Page: Decodable {
        var clusters: [Cluster]
    }

    private func decodingError(_ json: String) -> (any Error)? {
        do {
            _ = try JSONDecoder().decode(Page.self, from: Data(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func namesThePathButNotTheBody() throws {
        let error = try #require(self.decodingError(#"{"clusters":[{"size":1,"name":"a"},{"size":"secret-kubeconfig","name":"b"}]}"#))

        let wrapped = ResponseDecodingError(httpStatus: 200, requestID: "RID", operation: "DescribeClusters", decoding: error)

        #expect(wrapped.underlying.hasPrefix("at clusters.1.size: type mismatch"))
        #expect(!wrapped.description.contains("secret-kubeconfig"))
        #expect(wrapped.description.contains("DescribeClusters"))
        #expect(wrapped.description.contains("RID"))
    }

    @Test func missingKey() throws {
        let error = try #require(self.decodingError(#"{"clusters":[{"size":1}]}"#))
        let wrapped = ResponseDecodingError(httpStatus: 200, requestID: nil, operation: "Op", decoding: error)
        #expect(wrapped.underlying.hasPrefix("at clusters.0: missing key 'name'"))
    }

    @Test func notJSON() throws {
        let error = try #require(self.decodingError("<html>"))
        let wrapped = ResponseDecodingError(httpStatus: 200, requestID: nil, operation: "Op", decoding: error)
        #expect(wrapped.underlying.hasPrefix("at the top level: data corrupted"))
    }
}
