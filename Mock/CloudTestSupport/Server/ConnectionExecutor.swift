import Dispatch
import Synchronization

/// Runs a handler's task on the connection thread that waits for it.
///
/// Handlers are async, but they must not depend on the concurrency pool: a client under test may
/// block pool threads while it waits for this very server (on two cores the pool has two
/// threads), and a handler queued behind it would never run. The connection thread therefore
/// drains this executor's jobs itself while it waits for the answer.
final class ConnectionExecutor: TaskExecutor {
    private let jobs = Mutex<[UnownedJob]>([])
    private let wakeUp = DispatchSemaphore(value: 0)

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        self.jobs.withLock { $0.append(unowned) }
        self.wakeUp.signal()
    }

    /// Runs queued jobs on the calling thread until `isDone` or `shouldStop` returns true.
    /// - Parameters:
    ///   - isDone: True once the awaited work has finished.
    ///   - shouldStop: True when waiting must end early (server shutdown); checked every 50 ms.
    /// - Returns: True when the work finished, false when waiting stopped early.
    func run(until isDone: () -> Bool, unless shouldStop: () -> Bool) -> Bool {
        while !isDone() {
            if self.wakeUp.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
                if shouldStop() { return false }
                continue
            }
            let batch = self.jobs.withLock { jobs in
                defer { jobs.removeAll() }
                return jobs
            }
            for job in batch { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
        return true
    }
}
