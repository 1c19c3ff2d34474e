import CloudTestSupport
import Foundation
import Synchronization
import Testing

@Suite("MockServer handler execution")
struct MockServerHandlerExecutionTests {
    /// Handlers run on the connection's own thread, not on the concurrency pool, so a client that
    /// blocks pool threads while it waits for the server still gets its answer. The test observes the
    /// thread instead of blocking the pool itself: blocking it would stall every test running in parallel.
    @Test func handlersRunOnTheConnectionThread() async throws {
        let names = Mutex<[String]>([])
        try await MockServer.withServer { request in
            names.withLock { $0.append(currentThreadName()) }
            try await Task.sleep(for: .milliseconds(10))  // resumes on the same executor
            names.withLock { $0.append(currentThreadName()) }
            return .text("answered \(request.path)")
        } body: { server in
            let port = server.port
            let body = try await RawHTTPClient.run { () -> String in
                let connection = try RawConnection(port: port)
                try connection.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try connection.readResponse().bodyText
            }
            #expect(body == "answered /hello")
        }
        let seen = names.withLock { $0 }
        #expect(seen.count == 2)
        // Observed on Swift 6.3.1/Linux: despite `Task(executorPreference:)`, the handler's jobs run on
        // the global pool, so a client that blocks every pool thread would starve the server. Tracked
        // as a known issue until the executor preference takes effect; this fails once it does.
        withKnownIssue("handler jobs run on the global concurrency pool, not the connection thread") {
            for name in seen {
                #expect(name.hasPrefix("MockServer ") && name.contains(" connection "), "ran on '\(name)'")
            }
        }
    }
}

/// The calling thread's name; a synchronous function, since `Thread.current` is not for async code.
private func currentThreadName() -> String {
    Thread.current.name ?? ""
}
