import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization

/// Helpers of the fault tests: recorded waits, fast retry configurations, a refused port.
enum Faults {
    /// A retry sleeper that records each wait and returns at once.
    final class RecordingSleeper: Sendable {
        private let recorded = Mutex<[Duration]>([])

        /// The waits asked for, in order.
        var waits: [Duration] {
            self.recorded.withLock { $0 }
        }

        /// Records the wait without waiting.
        func sleep(_ duration: Duration) async throws {
            self.recorded.withLock { $0.append(duration) }
        }
    }

    /// A configuration for `server` whose retries record their waits in `sleeper` instead of sleeping.
    static func configuration(
        _ server: MockServer, sleeper: RecordingSleeper, policy: RetryPolicy = .default,
        algorithm: SignatureAlgorithm? = nil
    ) -> ClientConfiguration {
        var configuration = EndToEnd.configuration(server, algorithm: algorithm)
        configuration.retryPolicy = policy
        configuration.retrySleeper = { try await sleeper.sleep($0) }
        return configuration
    }

    /// A loopback port nothing listens on: a server's port after it shut down.
    static func refusedPort() throws -> Int {
        let server = try MockServer { _ in MockResponse(status: 500) }
        let port = server.port
        server.shutdown()
        return port
    }

    /// The real curl transport, except that the first `count` requests are sent to a port that
    /// refuses connections, so a genuine "connection refused" precedes the real exchange.
    final class RefusingFirst: HTTPTransport {
        private let remaining: Mutex<Int>
        private let refusedPort: Int

        init(count: Int, refusedPort: Int) {
            self.remaining = Mutex(count)
            self.refusedPort = refusedPort
        }

        func send(_ request: HTTPRequest, timeout: Timeout) async throws -> HTTPResponse {
            let refuse = self.remaining.withLock { value in
                defer { value = max(0, value - 1) }
                return value > 0
            }
            var target = request
            if refuse { target.port = self.refusedPort }
            return try await CurlTransport.shared.send(target, timeout: timeout)
        }
    }
}
