import Synchronization

/// The calls a client has in flight, so that ``ServiceClient/shutdown()`` can refuse new ones and
/// wait for those running. Shared by every copy of a client.
final class ClientLifecycle: Sendable {
    private struct State {
        var isShutDown = false
        var inFlight = 0
        var drainWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Counts a call that begins.
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/shutDown`` once the client is shut down.
    func enter(operation: String) throws(ClientError) {
        let accepted = self.state.withLock { state -> Bool in
            guard !state.isShutDown else { return false }
            state.inFlight += 1
            return true
        }
        guard accepted else {
            throw ClientError(
                kind: .shutDown, message: "the client was shut down; create a new one to make calls",
                operation: operation)
        }
    }

    /// Counts a call that ended, however it ended.
    func leave() {
        let waiters = self.state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.inFlight -= 1
            guard state.inFlight == 0, state.isShutDown else { return [] }
            defer { state.drainWaiters.removeAll() }
            return state.drainWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// The calls that have begun and not yet ended.
    var callsInFlight: Int {
        self.state.withLock { $0.inFlight }
    }

    /// Refuses new calls and returns once none is in flight.
    func shutdown() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let drained = self.state.withLock { state -> Bool in
                state.isShutDown = true
                guard state.inFlight > 0 else { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if drained { continuation.resume() }
        }
    }
}
