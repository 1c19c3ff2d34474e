import CloudRuntime
import Foundation

/// A loopback HTTP/1.1 server for tests: it records every request and answers with a handler.
///
/// It listens on `127.0.0.1` at a port the kernel picks, serves each connection on its own thread
/// with keep-alive, `Content-Length` and chunked request bodies and `Expect: 100-continue`, and
/// can check request signatures independently of the runtime's signers (see ``SignatureVerifier``).
///
/// ```swift
/// try await MockServer.withServer(verifying: ["AKID": "secret"]) { request in
///     .json(#"{"cluster_id":"c1"}"#, headers: ["x-acs-request-id": "req-1"])
/// } body: { server in
///     let configuration = ClientConfiguration(endpoint: server.baseURL)
///     // … send requests, then inspect server.requests
/// }
/// ```
///
/// Call ``shutdown()`` (or use ``withServer(verifying:handler:body:)``) when done; `deinit` also shuts
/// down, so no thread or socket outlives the server.
public final class MockServer: Sendable {
    /// Produces the answer to one request.
    ///
    /// It runs as a task whose executor is the connection's own thread, so it keeps working while a
    /// client under test blocks the concurrency pool. Work that hops elsewhere (an actor,
    /// `Task.sleep`) resumes through the pool, so prefer ``MockResponse/delayed(seconds:)`` to sleeping.
    public typealias Handler = @Sendable (RecordedRequest) async throws -> MockResponse

    /// The TCP port the server listens on.
    public let port: Int

    private let state: ServerState

    /// Starts a server.
    /// - Parameters:
    ///   - port: The TCP port to listen on; 0 (the default) lets the kernel pick a free one.
    ///   - credentials: Access key IDs and their secrets (argument label `verifying`). When not empty,
    ///     every request's signature is checked; a bad one gets the vendor's error answer (ACK 400 or
    ///     Kingsoft 403 `SignatureDoesNotMatch`) instead of reaching the handler.
    ///   - handler: Produces the answer to each (validly signed) request. A thrown error becomes a 500 answer.
    /// - Throws: ``MockServerError`` when the port is out of range or the socket cannot be opened.
    public init(port: Int = 0, verifying credentials: [String: String] = [:], handler: @escaping Handler) throws {
        guard let requestedPort = UInt16(exactly: port) else {
            throw MockServerError(description: "port \(port) is not a TCP port (0 to 65535)")
        }
        let listening: (descriptor: Int32, port: Int)
        let wake: (read: Int32, write: Int32)
        do {
            // A deep backlog: a burst of a thousand connections must not lose SYNs to a full queue (each
            // lost one costs the client a retransmission second or more).
            listening = try PosixSocket.listenOnLoopback(port: requestedPort, backlog: 1024)
        } catch {
            throw MockServerError(description: "cannot listen on 127.0.0.1: \(error)")
        }
        do {
            wake = try PosixSocket.makeWakePipe()
        } catch {
            PosixSocket.closeDescriptor(listening.descriptor)
            throw MockServerError(description: "cannot create the stop signal: \(error)")
        }
        self.port = listening.port
        let verifier = credentials.isEmpty ? nil : SignatureVerifier(credentials: credentials)
        self.state = ServerState(
            listener: listening.descriptor, wakeRead: wake.read, wakeWrite: wake.write,
            verifier: verifier, handler: handler)
        Self.startAcceptLoop(self.state, port: self.port)
    }

    deinit {
        self.state.shutdown()
    }

    /// `http://127.0.0.1:PORT`, to use as a client's endpoint.
    public var baseURL: URL {
        // Built from a literal host and a number, so it is always a valid URL.
        URL(string: self.baseURLString)!
    }

    /// `http://127.0.0.1:PORT` as text.
    public var baseURLString: String {
        "http://127.0.0.1:\(self.port)"
    }

    /// Every request received so far, in arrival order (including rejected ones).
    public var requests: [RecordedRequest] {
        self.state.requests
    }

    /// Forgets the recorded requests; sequence numbers keep counting.
    public func clearRequests() {
        self.state.clearRequests()
    }

    /// Replaces the handler for requests that arrive from now on.
    public func setHandler(_ handler: @escaping Handler) {
        self.state.handler = handler
    }

    /// Stops the server: closes the listening socket and every connection, and waits for the
    /// server's threads to finish (a few milliseconds). Calling it again does nothing. Do not call it
    /// from a handler: it waits for the handler's own thread (up to a 10-second safety limit).
    public func shutdown() {
        self.state.shutdown()
    }

    /// Runs `body` with a fresh server and always shuts it down afterwards, also when `body` throws.
    /// - Parameters:
    ///   - credentials: Access key IDs and secrets whose signatures the server checks (argument label
    ///     `verifying`); empty for none.
    ///   - handler: Produces the answer to each request.
    ///   - body: The test code, given the running server.
    /// - Returns: What `body` returns.
    /// - Throws: ``MockServerError`` when the server cannot start, or what `body` throws.
    public static func withServer<T>(
        verifying credentials: [String: String] = [:],
        handler: @escaping Handler,
        body: (MockServer) async throws -> T
    ) async throws -> T {
        let server = try MockServer(verifying: credentials, handler: handler)
        defer { server.shutdown() }
        return try await body(server)
    }

    private static func startAcceptLoop(_ state: ServerState, port: Int) {
        state.threads.enter()
        let thread = Thread {
            defer { state.threads.leave() }
            while true {
                switch PosixSocket.wait(for: state.listener, wake: state.wakeRead) {
                case .woken: return
                case .timedOut: continue
                case .readable: break
                }
                guard let connection = PosixSocket.accept(state.listener) else {
                    // Out of descriptors, for example: back off instead of spinning on a readable listener.
                    Thread.sleep(forTimeInterval: 0.01)
                    continue
                }
                guard let connectionID = state.register(connection: connection) else {
                    PosixSocket.closeDescriptor(connection)
                    return
                }
                state.threads.enter()
                let worker = Thread {
                    defer { state.threads.leave() }
                    ConnectionHandler(state: state, descriptor: connection, connectionID: connectionID).run()
                }
                worker.name = "MockServer \(port) connection \(connectionID)"
                worker.start()
            }
        }
        thread.name = "MockServer \(port) accept"
        thread.start()
    }
}

/// The server could not start.
public struct MockServerError: Error, CustomStringConvertible, Sendable {
    /// What failed, with the system's reason.
    public var description: String
}
