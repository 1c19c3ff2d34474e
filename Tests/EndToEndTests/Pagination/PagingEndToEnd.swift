import CloudRuntime
import Synchronization

/// Shared pieces of the paging and waiter end-to-end tests.
enum PagingEndToEnd {
    /// A waiter clock whose sleeps return at once and only move time forward: no real waiting.
    static func instantClock() -> WaiterClock {
        let now = Mutex<Duration>(.zero)
        return WaiterClock(
            now: { now.withLock { $0 } },
            sleep: { duration in
                try Task.checkCancellation()
                now.withLock { $0 += duration }
            })
    }

    /// The default options of a test: the instant clock.
    static var options: WaiterOptions { WaiterOptions(clock: self.instantClock()) }
}

/// Hands out scripted answers in order (the last one repeats), counting the requests.
final class AnswerScript: Sendable {
    private let state: Mutex<(answers: [String], served: Int)>

    init(_ answers: [String]) {
        self.state = Mutex((answers, 0))
    }

    /// The next answer's JSON.
    func next() -> String {
        self.state.withLock { state in
            defer { state.served += 1 }
            return state.answers[min(state.served, state.answers.count - 1)]
        }
    }

    /// How many answers were handed out.
    var served: Int { self.state.withLock { $0.served } }
}
