import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
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

    /// A loopback port that refuses connections for as long as the value lives: a socket bound to it
    /// that never listens. Holding the port (rather than closing a server and reusing its number) keeps
    /// a server of a test running at the same time from taking it.
    final class RefusedPort: Sendable {
        let port: Int
        private let descriptor: Int32

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
                }
            }
            guard bound else {
                close(descriptor)
                throw POSIXError(.EADDRINUSE)
            }
            self.descriptor = descriptor
            self.port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit {
            close(self.descriptor)
        }
    }

    /// The real curl transport, except that the first `count` requests are sent to a port that
    /// refuses connections, so a genuine "connection refused" precedes the real exchange.
    final class RefusingFirst: HTTPTransport {
        private let remaining: Mutex<Int>
        /// Held by the transport, so the port stays refused for as long as the client can use it.
        private let refused: RefusedPort

        init(count: Int, refusing refused: RefusedPort) {
            self.remaining = Mutex(count)
            self.refused = refused
        }

        func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
            let refuse = self.remaining.withLock { value in
                defer { value = max(0, value - 1) }
                return value > 0
            }
            var target = request
            if refuse { target.authority = "\(request.hostAndPort.host):\(self.refused.port)" }
            return try await CurlTransport.shared.send(target, body: body, timeout: timeout)
        }
    }
}
