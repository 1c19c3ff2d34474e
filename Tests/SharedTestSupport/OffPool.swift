import Foundation

/// Runs slow synchronous work (loading and lowering specs) on a thread of its own.
///
/// Lazy statics computed inside tests block the concurrency pool's threads, and every test that
/// needs the same value blocks too; on two cores that stalls the whole run and starves the
/// timing-sensitive tests of other suites. Awaiting a task that waits for a thread suspends instead.
package enum OffPool {
    /// The result of `work`, computed on a new thread.
    package static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
