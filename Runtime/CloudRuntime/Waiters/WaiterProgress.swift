/// What a waiter reports after each poll that did not end the wait.
public struct WaiterProgress: Sendable, Hashable {
    /// The waiter's name, e.g. `ClusterRunning`.
    public var waiter: String
    /// How many polls were sent so far, starting at 1.
    public var attempt: Int
    /// The time since the wait started.
    public var elapsed: Duration
    /// The state the last poll observed (`initial`, `error ErrorClusterNotFound`), if any.
    public var state: String?

    /// Creates a progress report.
    ///
    /// - Parameters:
    ///   - waiter: The waiter's name.
    ///   - attempt: Polls so far.
    ///   - elapsed: Time since the wait started.
    ///   - state: The observed state.
    public init(waiter: String, attempt: Int, elapsed: Duration, state: String?) {
        self.waiter = waiter
        self.attempt = attempt
        self.elapsed = elapsed
        self.state = state
    }
}

/// Receives a ``WaiterProgress`` after each poll that did not end the wait.
public typealias WaiterProgressHandler = @Sendable (WaiterProgress) -> Void
