/// What a ``RetryPolicy`` decides after a failed attempt.
public enum RetryDecision: Sendable, Hashable {
    /// Send the request again after waiting this long.
    case retry(after: Duration)
    /// Report the failure.
    case doNotRetry(Reason)

    /// Why a failure is reported instead of retried.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The failure is permanent: a client error, a TLS failure, an answer that retrying cannot change.
        case notRetryable
        /// The request may have been processed (a timeout or a 5xx answer) and repeating it is not safe.
        case notIdempotent
        /// The policy's ``RetryPolicy/maxAttempts`` attempts were made.
        case attemptsExhausted(Int)
        /// Waiting would overrun the policy's ``RetryPolicy/totalTimeBudget``.
        case timeBudgetExhausted

        /// A short explanation, for logs.
        public var description: String {
            switch self {
            case .notRetryable: "the failure is not retryable"
            case .notIdempotent: "the request may have been processed and is not idempotent"
            case .attemptsExhausted(let attempts): "\(attempts) attempt\(attempts == 1 ? "" : "s") made"
            case .timeBudgetExhausted: "the retry time budget is spent"
            }
        }
    }
}

extension RetryDecision {
    /// Whether the request is sent again.
    var isRetry: Bool {
        if case .retry = self { return true }
        return false
    }
}
