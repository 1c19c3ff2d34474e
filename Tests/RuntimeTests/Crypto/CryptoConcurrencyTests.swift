import Foundation
import Synchronization
import Testing

@testable import CloudRuntime

/// Digests and MACs from many tasks and threads at once give the answers computed alone: each thread's
/// reusable context is its own.
@Suite struct CryptoConcurrencyTests {
    /// Inputs of many lengths (empty, around the 64-byte block, keys longer than a block), with their
    /// answers computed up front on one thread.
    struct Work: Sendable {
        var key: [UInt8]
        var message: [UInt8]
        var sha256: [UInt8]
        var sha1: [UInt8]
        var md5: [UInt8]
        var hmacSHA256: [UInt8]
        var hmacSHA1: [UInt8]

        init(index: Int) {
            self.key = CryptoVectors.pseudoRandom(count: index * 7 % 150, seed: UInt64(index))
            self.message = CryptoVectors.pseudoRandom(count: index * 13 % 300, seed: UInt64(index) + 1_000)
            self.sha256 = Digest.sha256(self.message)
            self.sha1 = Digest.sha1(self.message)
            self.md5 = Digest.md5(self.message)
            self.hmacSHA256 = HMAC.sha256(key: self.key, message: self.message)
            self.hmacSHA1 = HMAC.sha1(key: self.key, message: self.message)
        }

        /// Whether every answer computed now matches.
        func matches() -> Bool {
            Digest.sha256(self.message) == self.sha256 && Digest.sha1(self.message) == self.sha1
                && Digest.md5(self.message) == self.md5
                && HMAC.sha256(key: self.key, message: self.message) == self.hmacSHA256
                && HMAC.sha1(key: self.key, message: self.message) == self.hmacSHA1
        }
    }

    private static let work = (0..<48).map(Work.init(index:))

    @Test func manyTasksGetTheSameAnswers() async {
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<64 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<50 where !Self.work[(task + round) % Self.work.count].matches() {
                        mismatches += 1
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    /// Short-lived threads each get a context on first use and free it when they exit. The test awaits them
    /// without blocking a thread of the cooperative pool.
    @Test func manyThreadsGetTheSameAnswers() async {
        let threads = 16
        let mismatches = await withCheckedContinuation { (continuation: CheckedContinuation<Int, Never>) in
            let tally = Tally(threads: threads, continuation: continuation)
            for thread in 0..<threads {
                Thread {
                    var mismatches = 0
                    for round in 0..<100 where !Self.work[(thread * 3 + round) % Self.work.count].matches() {
                        mismatches += 1
                    }
                    tally.finish(mismatches: mismatches)
                }.start()
            }
        }
        #expect(mismatches == 0)
    }

    /// The threads' mismatches, handed to the awaiting test when the last thread finishes.
    private final class Tally: Sendable {
        private let state: Mutex<(remaining: Int, mismatches: Int)>
        private let continuation: CheckedContinuation<Int, Never>

        init(threads: Int, continuation: CheckedContinuation<Int, Never>) {
            self.state = Mutex((threads, 0))
            self.continuation = continuation
        }

        func finish(mismatches: Int) {
            let total: Int? = self.state.withLock { state in
                state.remaining -= 1
                state.mismatches += mismatches
                return state.remaining == 0 ? state.mismatches : nil
            }
            if let total { self.continuation.resume(returning: total) }
        }
    }
}
