import CloudRuntime
import Synchronization

/// An in-memory ``HTTPTransport`` that records every request and answers from a closure.
final class RecordingTransport: HTTPTransport {
    private let recorded = Mutex<[HTTPRequest]>([])
    private let answer: @Sendable (HTTPRequest) throws -> HTTPResponse

    /// Creates a transport answering every request with `answer`.
    init(answer: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse = { _ in HTTPResponse(status: 200) }) {
        self.answer = answer
    }

    /// Creates a transport answering every request with the same response.
    convenience init(status: Int, headers: HTTPHeaders = [:], body: String) {
        let response = HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
        self.init { _ in response }
    }

    /// The requests sent so far, in order.
    var requests: [HTTPRequest] {
        self.recorded.withLock { $0 }
    }

    func send(_ request: HTTPRequest, timeout: Timeout) async throws -> HTTPResponse {
        self.recorded.withLock { $0.append(request) }
        return try self.answer(request)
    }
}
