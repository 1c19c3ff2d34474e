import CloudTestSupport
import Foundation
import Testing

@Suite("MockServer handler execution")
struct MockServerHandlerExecutionTests {
    /// Handlers run on the connection's own thread, so a client that blocks every thread of the
    /// concurrency pool while it waits for the server still gets its answer, also a delayed one.
    /// Were the handler queued on the pool, the read would time out.
    @Test func handlerAnswersWhileTheConcurrencyPoolIsBlocked() async throws {
        try await MockServer.withServer { request in
            .text("answered \(request.path)").delayed(seconds: 0.05)
        } body: { server in
            let port = server.port
            let width = max(ProcessInfo.processInfo.activeProcessorCount, 2) + 2
            let blocked = LockedCounter()
            let release = DispatchSemaphore(value: 0)
            for _ in 0..<width {
                Task.detached {
                    blocked.increment()
                    release.wait()  // deliberately blocks a pool thread, as a careless client would
                }
            }
            let outcome = try await RawHTTPClient.run { () -> Result<String, RawConnection.ClientError> in
                defer { for _ in 0..<width { release.signal() } }
                // Wait until the pool is saturated (blocked tasks beyond its width simply stay queued).
                let deadline = Date().addingTimeInterval(5)
                while blocked.value < min(width, ProcessInfo.processInfo.activeProcessorCount),
                    Date() < deadline
                {
                    usleep(1_000)
                }
                do {
                    let connection = try RawConnection(port: port)
                    try connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    return .success(try connection.readResponse().bodyText)
                } catch let error as RawConnection.ClientError {
                    return .failure(error)
                }
            }
            #expect(try outcome.get() == "answered /")
        }
    }
}

/// A counter shared between threads.
private final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        self.lock.withLock { self.count += 1 }
    }

    var value: Int {
        self.lock.withLock { self.count }
    }
}
