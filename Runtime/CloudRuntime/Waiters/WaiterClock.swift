/// Where a waiter reads the time and how it sleeps between polls.
///
/// Waiters use ``continuous`` (a monotonic clock and `Task.sleep`) unless told otherwise; tests pass
/// a clock whose `sleep` only advances a counter, so a thirty-minute wait runs instantly.
public struct WaiterClock: Sendable {
    /// The time elapsed since an arbitrary fixed origin; only differences are used.
    public var now: @Sendable () -> Duration
    /// Suspends for a duration; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a clock from its two functions.
    ///
    /// - Parameters:
    ///   - now: The time since a fixed origin.
    ///   - sleep: Suspends for a duration, throwing when cancelled.
    public init(
        now: @escaping @Sendable () -> Duration, sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.now = now
        self.sleep = sleep
    }

    /// The monotonic system clock with `Task.sleep`, which honours cancellation.
    public static var continuous: WaiterClock {
        let origin = ContinuousClock.now
        return WaiterClock(
            now: { ContinuousClock.now - origin },
            sleep: { duration in try await Task.sleep(for: duration) })
    }
}
