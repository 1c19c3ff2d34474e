import CloudRuntime
import CloudTestSupport
import HTTPTypes
import Synchronization

/// An in-memory ``HTTPTransport`` that records every request and answers from a closure.
final class RecordingTransport: HTTPTransport {
    private let recorded = Mutex<[SentRequest]>([])
    private let answer: @Sendable (SentRequest) throws -> CannedResponse

    /// Creates a transport answering every request with `answer`.
    init(answer: @escaping @Sendable (SentRequest) throws -> CannedResponse = { _ in CannedResponse(status: 200) }) {
        self.answer = answer
    }

    /// Creates a transport answering every request with the same response.
    convenience init(status: Int, headers: HTTPHeaders = [:], body: String) {
        let response = CannedResponse(status: status, headers: headers, body: Array(body.utf8))
        self.init { _ in response }
    }

    /// The requests sent so far, in order.
    var requests: [SentRequest] {
        self.recorded.withLock { $0 }
    }

    func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
        let sent = SentRequest(request: request, body: body)
        self.recorded.withLock { $0.append(sent) }
        return try self.answer(sent).answer
    }
}
