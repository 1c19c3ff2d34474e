/// When and how long to wait before trying a failed request again.
///
/// The policy only decides (see `decision(for:attempt:idempotency:elapsed:)`); ``ServiceClient``
/// does the waiting and re-sends. Waits grow exponentially from ``baseDelay`` with full jitter
/// (a uniformly random wait between zero and the exponential cap, which spreads out clients that
/// failed together), never exceed ``maxDelay``, and stop once ``maxAttempts`` or ``totalTimeBudget``
/// is reached.
///
/// ```swift
/// var configuration = ClientConfiguration(region: "cn-beijing")
/// configuration.retryPolicy = RetryPolicy(maxAttempts: 5, maxDelay: .seconds(10))
/// configuration.retryPolicy = .none   // one attempt, never retried
/// ```
public struct RetryPolicy: Sendable {
    /// How many attempts a call may make in all, the first included; 1 means no retries.
    public var maxAttempts: Int
    /// The cap of the first backoff wait; each further retry doubles it.
    public var baseDelay: Duration
    /// The longest single wait, also for a wait the server asks for with `Retry-After`.
    public var maxDelay: Duration
    /// The time after which no new attempt starts, counted from the start of the first attempt.
    ///
    /// Checked before each wait: a retry happens only when the time spent so far plus the wait
    /// stays within the budget. An attempt in flight is bounded by the request timeout, not by this.
    public var totalTimeBudget: Duration
    /// The random source of the jitter: returns a number in `0...1` (values outside are clamped).
    ///
    /// Inject a fixed value to make waits reproducible in tests.
    public var random: @Sendable () -> Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts in all, the first included; values below 1 count as 1. Default 3.
    ///   - baseDelay: The cap of the first backoff wait. Default 200 ms.
    ///   - maxDelay: The longest single wait. Default 20 s.
    ///   - totalTimeBudget: No attempt starts after this much time. Default 120 s.
    ///   - random: The jitter's random source, in `0...1`. Default the system generator.
    public init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(20),
        totalTimeBudget: Duration = .seconds(120),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.totalTimeBudget = totalTimeBudget
        self.random = random
    }

    /// Three attempts, backoff from 200 ms, at most 20 s per wait and 120 s in all.
    public static let `default` = RetryPolicy()

    /// One attempt: failures are reported at once, never retried.
    public static let none = RetryPolicy(maxAttempts: 1)
}
