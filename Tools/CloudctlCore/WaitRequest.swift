/// What `--wait`, `--waiter`, `--wait-timeout` and `--wait-interval` ask for.
public struct WaitRequest: Sendable, Hashable {
    /// `--waiter NAME`; nil to let the operation choose (the waiter that follows it, or the only one
    /// that polls it).
    public var waiter: String?
    /// `--wait-timeout`; nil for the waiter's own.
    public var timeout: Duration?
    /// `--wait-interval`; nil for the waiter's own.
    public var interval: Duration?

    /// Creates a request to wait with the waiter's defaults.
    public init(waiter: String? = nil, timeout: Duration? = nil, interval: Duration? = nil) {
        self.waiter = waiter
        self.timeout = timeout
        self.interval = interval
    }

    /// The same request naming a waiter.
    func named(_ name: String) -> WaitRequest {
        var copy = self
        copy.waiter = name
        return copy
    }
}
