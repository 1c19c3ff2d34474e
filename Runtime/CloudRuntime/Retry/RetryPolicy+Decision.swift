extension RetryPolicy {
    /// The HTTP statuses that mean a passing server-side fault: internal error, bad gateway,
    /// unavailable, gateway timeout.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Decides whether to try a failed request again, and after how long.
    ///
    /// Pure: the answer depends only on the arguments and on ``random``.
    ///
    /// Retried for every request, because they prove the request was not processed:
    /// throttling answers (see ``RetryFailure/isThrottling``) and connection failures
    /// (``TransportError/Kind/connectFailed``: nothing was sent).
    ///
    /// Retried for idempotent requests only, because the request may have been processed:
    /// HTTP 500, 502, 503, 504; timeouts; and other broken transfers (``TransportError/Kind/other``,
    /// such as a reused connection the server had closed).
    ///
    /// Never retried: other statuses, TLS failures, invalid requests, a shut-down transport.
    ///
    /// The wait is the server's `Retry-After` when it gave one, else full-jitter exponential
    /// backoff: a random wait in `0...min(maxDelay, baseDelay × 2^(attempt − 1))`; either way at most ``maxDelay``.
    ///
    /// - Parameters:
    ///   - failure: What went wrong in the attempt.
    ///   - attempt: The number of the attempt that failed, counting from 1.
    ///   - idempotency: Whether repeating the request is harmless (see ``RequestIdempotency``).
    ///   - elapsed: The time since the first attempt started.
    /// - Returns: Retry after a wait, or report the failure and why.
    package func decision(
        for failure: RetryFailure, attempt: Int, idempotency: RequestIdempotency, elapsed: Duration
    ) -> RetryDecision {
        switch Self.retryability(of: failure) {
        case .never:
            return .doNotRetry(.notRetryable)
        case .ifIdempotent where idempotency == .nonIdempotent:
            return .doNotRetry(.notIdempotent)
        case .always, .ifIdempotent:
            break
        }
        guard attempt < self.maxAttempts else {
            return .doNotRetry(.attemptsExhausted(max(attempt, 1)))
        }
        let delay: Duration
        if case .service(_, let requested?) = failure {
            delay = min(requested, self.maxDelay)
        } else {
            delay = self.backoff(attempt: attempt)
        }
        guard elapsed + delay <= self.totalTimeBudget else {
            return .doNotRetry(.timeBudgetExhausted)
        }
        return .retry(after: delay)
    }

    /// A full-jitter wait after failed attempt `attempt`: random in `0...min(maxDelay, baseDelay × 2^(attempt − 1))`.
    ///
    /// - Parameter attempt: The number of the failed attempt, counting from 1.
    /// - Returns: The wait.
    public func backoff(attempt: Int) -> Duration {
        // Doubling stops at 2^30: far beyond any sensible maxDelay, and free of overflow.
        let exponent = min(max(attempt - 1, 0), 30)
        let cap = min(self.maxDelay, self.baseDelay * (1 << exponent))
        let fraction = min(max(self.random(), 0), 1)
        return fraction.isNaN ? .zero : cap * fraction
    }

    /// When a failure may be retried at all.
    private enum Retryability {
        case always, ifIdempotent, never
    }

    private static func retryability(of failure: RetryFailure) -> Retryability {
        if failure.isThrottling { return .always }
        switch failure {
        case .service(let error, _):
            return Self.transientStatuses.contains(error.httpStatus) ? .ifIdempotent : .never
        case .transport(let error):
            switch error.kind {
            case .connectFailed: return .always
            case .timedOut, .other: return .ifIdempotent
            default: return .never
            }
        }
    }
}
