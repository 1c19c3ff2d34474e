import CloudRuntime
import Synchronization

/// A polled resource's response.
struct StatusResponse: Sendable, Hashable {
    struct Status: Sendable, Hashable {
        var state: String?
    }

    struct Member: Sendable, Hashable {
        var state: String?
    }

    var state: String?
    var status: Status?
    var members: [Member]?
}

/// A clock whose sleeps only move time forward, recording each sleep: waits run instantly.
final class ManualClock: Sendable {
    private let state = Mutex<(now: Duration, sleeps: [Duration])>((.zero, []))

    var sleeps: [Duration] { self.state.withLock { $0.sleeps } }

    var clock: WaiterClock {
        WaiterClock(
            now: { self.state.withLock { $0.now } },
            sleep: { duration in
                try Task.checkCancellation()
                self.state.withLock {
                    $0.now += duration
                    $0.sleeps.append(duration)
                }
            })
    }
}

/// Answers polls from a script of responses and errors, recording how many polls were sent.
actor ScriptedPolls {
    private var script: [Result<StatusResponse, any Error>]
    private(set) var count = 0

    init(_ script: [Result<StatusResponse, any Error>]) {
        self.script = script
    }

    func poll(_ request: String) throws -> StatusResponse {
        self.count += 1
        guard !self.script.isEmpty else { throw PollsExhausted() }
        return try (self.script.count == 1 ? self.script[0] : self.script.removeFirst()).get()
    }
}

/// The script ran out: the waiter polled more than the test allowed.
struct PollsExhausted: Error {}

extension Result where Success == StatusResponse, Failure == any Error {
    /// A poll answering with this state.
    static func state(_ state: String) -> Self { .success(StatusResponse(state: state)) }
}

func serviceError(status: Int, code: String?) -> Result<StatusResponse, any Error> {
    .failure(ServiceError(httpStatus: status, code: code, message: nil, requestID: nil, operation: "DescribeThing"))
}
