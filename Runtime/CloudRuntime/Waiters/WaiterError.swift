/// Why a wait ended without reaching the state it waited for.
public enum WaiterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The timeout passed; `lastState` is what the last poll observed.
    case timedOut(waiter: String, lastState: String?, attempts: Int, elapsed: Duration)
    /// A poll observed a state from which the wanted one cannot be reached (a cluster whose
    /// creation `failed`).
    case failureState(waiter: String, state: String)
    /// The options cannot run a wait: an interval that is not positive, or a negative timeout.
    case invalidOptions(waiter: String, reason: String)

    /// For example `WaiterError.timedOut(ClusterRunning, last state 'initial' after 3 attempts in 30 s)`.
    public var description: String {
        switch self {
        case .timedOut(let waiter, let lastState, let attempts, let elapsed):
            let state = lastState.map { "last state '\($0)'" } ?? "no state observed"
            return "WaiterError.timedOut(\(waiter), \(state) after \(attempts) attempts in \(elapsed))"
        case .failureState(let waiter, let state):
            return "WaiterError.failureState(\(waiter), state '\(state)')"
        case .invalidOptions(let waiter, let reason):
            return "WaiterError.invalidOptions(\(waiter), \(reason))"
        }
    }
}
