import CloudTestSupport
import SpecMockCore
import Synchronization

/// Remembers the HTTP status the mock server answered each request with, by sequence number.
final class StatusLog: Sendable {
    private let statuses = Mutex<[Int: Int]>([:])

    /// A mock server handler that answers with `responder` and records each answer's status.
    func recording(_ responder: SpecExampleResponder) -> MockServer.Handler {
        { request in
            let response = responder.respond(to: request)
            self.statuses.withLock { $0[request.sequenceNumber] = response.status }
            return response
        }
    }

    /// The status answered to the request with this sequence number, if it reached the handler.
    func status(of sequenceNumber: Int) -> Int? {
        self.statuses.withLock { $0[sequenceNumber] }
    }
}
