/// How one wait runs: polling interval and timeout overrides, and the clock.
public struct WaiterOptions: Sendable {
    /// The time between two polls; nil for the waiter's own interval.
    public var interval: Duration?
    /// The longest time to wait before giving up; nil for the waiter's own timeout.
    public var timeout: Duration?
    /// Where time is read and how the waiter sleeps.
    public var clock: WaiterClock

    /// Creates options.
    ///
    /// - Parameters:
    ///   - interval: The time between two polls; nil for the waiter's default.
    ///   - timeout: The longest time to wait; nil for the waiter's default.
    ///   - clock: Where time is read and how the waiter sleeps; the system's monotonic clock by default.
    public init(interval: Duration? = nil, timeout: Duration? = nil, clock: WaiterClock = .continuous) {
        self.interval = interval
        self.timeout = timeout
        self.clock = clock
    }
}
