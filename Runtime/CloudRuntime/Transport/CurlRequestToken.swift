import Synchronization

/// Where a waiting caller, the transfer loop and task cancellation meet: whichever finishes the
/// request first resumes the caller, exactly once.
///
/// Cancellation resumes the caller at once and only then asks the loop to drop the transfer, so a
/// cancelled task never waits for network activity.
final class CurlRequestToken: Sendable {
    private enum State {
        /// Created; the caller has not suspended yet.
        case idle
        /// The caller is suspended on this continuation.
        case suspended(CheckedContinuation<CurlAnswer, any Error>)
        /// Finished (answered, failed or cancelled); any continuation was resumed.
        case finished
    }

    private let state = Mutex<State>(.idle)

    /// Whether the request has been answered, failed or cancelled.
    var isFinished: Bool {
        self.state.withLock { state in
            if case .finished = state { return true }
            return false
        }
    }

    /// Hands over the caller's continuation.
    ///
    /// - Returns: `false` when the request was cancelled before the caller suspended; the continuation
    ///   has then been resumed with `CancellationError` and the request must not be started.
    func install(_ continuation: CheckedContinuation<CurlAnswer, any Error>) -> Bool {
        let installed = self.state.withLock { state -> Bool in
            guard case .idle = state else { return false }
            state = .suspended(continuation)
            return true
        }
        if !installed { continuation.resume(throwing: CancellationError()) }
        return installed
    }

    /// Finishes the request with a result, unless it is finished already.
    ///
    /// - Returns: Whether this call finished it.
    @discardableResult
    func finish(_ result: Result<CurlAnswer, any Error>) -> Bool {
        let (finishedNow, continuation) = self.state.withLock {
            state -> (Bool, CheckedContinuation<CurlAnswer, any Error>?) in
            switch state {
            case .idle:
                state = .finished
                return (true, nil)
            case .suspended(let continuation):
                state = .finished
                return (true, continuation)
            case .finished:
                return (false, nil)
            }
        }
        continuation?.resume(with: result)
        return finishedNow
    }
}
