import CloudRuntime
import Dispatch
import Foundation
import Synchronization

/// Everything the server's threads share. The threads hold this object, never the ``MockServer``
/// itself, so dropping the last reference to the server still runs its `deinit` and stops them.
final class ServerState: Sendable {
    /// Produces the answer to one request (``MockServer/Handler``).
    typealias Handler = @Sendable (RecordedRequest) async throws -> MockResponse

    private struct Mutable {
        var handler: Handler
        var stopping = false
        var nextConnectionID = 1
        var nextSequenceNumber = 1
        var requests: [RecordedRequest] = []
        var openConnections: Set<Int32> = []
    }

    /// The listening socket.
    let listener: Int32
    /// The read end of the stop signal; every poll in the server watches it.
    let wakeRead: Int32
    /// The write end of the stop signal.
    let wakeWrite: Int32
    /// The signature verifier, when the server checks signatures.
    let verifier: SignatureVerifier?
    /// Tracks the accept thread and every connection thread, so shutdown can wait for them.
    let threads = DispatchGroup()

    private let mutable: Mutex<Mutable>

    init(listener: Int32, wakeRead: Int32, wakeWrite: Int32, verifier: SignatureVerifier?, handler: @escaping Handler) {
        self.listener = listener
        self.wakeRead = wakeRead
        self.wakeWrite = wakeWrite
        self.verifier = verifier
        self.mutable = Mutex(Mutable(handler: handler))
    }

    /// The current handler.
    var handler: Handler {
        get { self.mutable.withLock { $0.handler } }
        set { self.mutable.withLock { $0.handler = newValue } }
    }

    /// True once shutdown has begun.
    var isStopping: Bool {
        self.mutable.withLock { $0.stopping }
    }

    /// Every request received so far, in arrival order.
    var requests: [RecordedRequest] {
        self.mutable.withLock { $0.requests }
    }

    /// Forgets the recorded requests (numbering continues).
    func clearRequests() {
        self.mutable.withLock { $0.requests.removeAll() }
    }

    /// Registers an accepted connection.
    /// - Returns: Its ID, or nil when the server is stopping (then the caller closes it).
    func register(connection fd: Int32) -> Int? {
        self.mutable.withLock { state in
            guard !state.stopping else { return nil }
            state.openConnections.insert(fd)
            defer { state.nextConnectionID += 1 }
            return state.nextConnectionID
        }
    }

    /// Forgets a connection and closes its socket.
    func close(connection fd: Int32) {
        // Under the lock, so shutdown never touches a descriptor number that was closed and reused meanwhile.
        self.mutable.withLock { state in
            state.openConnections.remove(fd)
            PosixSocket.closeDescriptor(fd)
        }
    }

    /// Numbers a request, verifies its signature when configured, and appends it to the log.
    func record(_ request: RecordedRequest) -> RecordedRequest {
        var request = request
        request.signatureCheck = self.verifier?.verify(request)
        return self.mutable.withLock { state in
            request.sequenceNumber = state.nextSequenceNumber
            state.nextSequenceNumber += 1
            state.requests.append(request)
            return request
        }
    }

    /// Stops accepting, wakes every thread, waits for them, and closes every descriptor. Safe to call twice.
    func shutdown() {
        let alreadyStopping = self.mutable.withLock { state in
            guard !state.stopping else { return true }
            state.stopping = true
            // Unblocks a thread stuck in send(); polls are woken by the pipe below.
            for fd in state.openConnections { PosixSocket.shutdownBoth(fd) }
            return false
        }
        guard !alreadyStopping else { return }
        PosixSocket.signal(self.wakeWrite)
        // Every wait in the server also watches the wake pipe and a running handler is abandoned, so the
        // threads finish within milliseconds; the timeout is only a safety net.
        let finished = self.threads.wait(timeout: .now() + .seconds(10)) == .success
        PosixSocket.closeDescriptor(self.listener)
        // A handler that captures the server would otherwise keep it alive through this object forever.
        // The old handler is released outside the lock: releasing it may run code that takes the lock.
        let oldHandler = self.mutable.withLock { state in
            defer { state.handler = { _ in MockResponse.text("server stopped\n", status: 503) } }
            return state.handler
        }
        _ = consume oldHandler
        if finished {
            // With a thread still running its wake poll, closing the pipe could hand its number to a new file.
            PosixSocket.closeDescriptor(self.wakeRead)
            PosixSocket.closeDescriptor(self.wakeWrite)
        }
    }
}
