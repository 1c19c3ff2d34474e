import Synchronization

/// A retry sleeper that records the waits asked of it and returns at once.
final class FakeSleeper: Sendable {
    private let recorded = Mutex<[Duration]>([])

    /// The waits asked for so far, in order.
    var waits: [Duration] {
        self.recorded.withLock { $0 }
    }

    /// Records the wait without waiting.
    func sleep(_ duration: Duration) async throws {
        self.recorded.withLock { $0.append(duration) }
        try Task.checkCancellation()
    }
}
