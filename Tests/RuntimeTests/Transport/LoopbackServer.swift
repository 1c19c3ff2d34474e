import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for transport tests.
///
/// One thread accepts connections and one thread serves each connection, keep-alive included, so
/// tests can count TCP accepts. Every request is recorded and answered by the handler. Call
/// ``stop()`` (in a `defer`) to close every socket and wait for the threads to end; the server
/// starts no processes.
final class LoopbackServer: Sendable {
    /// A request as received.
    struct Request: Sendable {
        var method: String
        /// The request target: path and query, as sent.
        var target: String
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    /// What to do with a request.
    enum Reply: Sendable {
        /// Answer with this status, these headers (after `Content-Length`) and body.
        case respond(status: Int, headers: [(String, String)] = [], body: [UInt8] = [])
        /// Never answer; keep the connection open until the client or ``stop()`` closes it.
        case stall
    }

    private struct State {
        var accepted = 0
        var requests: [Request] = []
        var openSockets: Set<Int32> = []
        var liveThreads = 0
        var stopping = false
        var stallsEndedByClient: [Duration] = []
    }

    /// The port the server listens on.
    let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let state = Mutex(State())

    /// Starts listening and accepting.
    init(handler: @escaping @Sendable (Request) -> Reply) throws {
        let (listener, port) = try Self.makeListener()
        self.listener = listener
        self.port = port
        self.handler = handler
        self.state.withLock { $0.liveThreads = 1 }
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    /// The number of TCP connections accepted so far.
    var acceptedConnections: Int {
        self.state.withLock { $0.accepted }
    }

    /// The number of connections currently open.
    var openConnections: Int {
        self.state.withLock { $0.openSockets.count }
    }

    /// Every request received so far, in order.
    var requests: [Request] {
        self.state.withLock { $0.requests }
    }

    /// How long the first stalled request waited before the client closed its connection, measured on
    /// the server's own thread, so a test task that resumes late on a busy cooperative pool does not
    /// count; nil when no client closed a stalled connection within `limit`.
    func firstStallEndedByClient(waitingUpTo limit: Duration = .seconds(10)) async -> Duration? {
        let deadline = ContinuousClock.now + limit
        while true {
            if let first = self.state.withLock({ $0.stallsEndedByClient.first }) { return first }
            guard ContinuousClock.now < deadline else { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Closes the listening socket and every connection, and waits (up to 5 s) for the server threads to end.
    func stop() {
        let sockets = self.state.withLock { state -> Set<Int32> in
            state.stopping = true
            return state.openSockets
        }
        _ = shutdown(self.listener, Int32(SHUT_RDWR))
        for socket in sockets { _ = shutdown(socket, Int32(SHUT_RDWR)) }
        let deadline = Date().addingTimeInterval(5)
        while self.state.withLock({ $0.liveThreads }) > 0, Date() < deadline {
            usleep(2_000)
        }
    }

    /// A URL on this server.
    func url(_ target: String) -> String {
        "http://127.0.0.1:\(self.port)\(target)"
    }

    /// A port on 127.0.0.1 that nothing listens on (bound once, then released).
    static func closedPort() throws -> Int {
        let (descriptor, port) = try Self.makeBoundSocket()
        close(descriptor)
        return port
    }

    // MARK: - Threads

    private func acceptLoop() {
        defer {
            close(self.listener)
            self.state.withLock { $0.liveThreads -= 1 }
        }
        while true {
            let connection = accept(self.listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let admitted = self.state.withLock { state -> Bool in
                guard !state.stopping else { return false }
                state.accepted += 1
                state.openSockets.insert(connection)
                state.liveThreads += 1
                return true
            }
            guard admitted else {
                close(connection)
                return
            }
            let thread = Thread { [self] in self.serve(connection) }
            thread.start()
        }
    }

    private func serve(_ socket: Int32) {
        defer {
            self.state.withLock { state in
                state.openSockets.remove(socket)
                state.liveThreads -= 1
            }
            close(socket)
        }
        var buffer: [UInt8] = []
        var stalledSince: ContinuousClock.Instant?
        defer {
            if let stalledSince {
                let waited = ContinuousClock.now - stalledSince
                self.state.withLock { state in
                    if !state.stopping { state.stallsEndedByClient.append(waited) }
                }
            }
        }
        while let request = Self.readRequest(from: socket, buffer: &buffer) {
            self.state.withLock { $0.requests.append(request) }
            switch self.handler(request) {
            case .respond(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.count)\r\n"
                for (name, value) in headers { head += "\(name): \(value)\r\n" }
                head += "\r\n"
                guard Self.write(Array(head.utf8) + body, to: socket) else { return }
            case .stall:
                // Keep reading so that the client's close (or stop()) ends this thread.
                stalledSince = stalledSince ?? ContinuousClock.now
                continue
            }
        }
    }

    // MARK: - HTTP

    /// Reads one request; nil when the connection ends or the bytes are not HTTP.
    private static func readRequest(from socket: Int32, buffer: inout [UInt8]) -> Request? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.upperBound
            if headEnd == nil {
                guard buffer.count < 64 * 1024, Self.read(from: socket, into: &buffer) else { return nil }
                // Not an HTTP request line (a TLS handshake, say): drop the connection at once.
                if let first = buffer.first, !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) { return nil }
            }
        }
        guard let headEnd else { return nil }
        let headText = String(decoding: buffer[..<(headEnd - 4)], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers.add(
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers["Content-Length"].flatMap { Int($0) } ?? 0
        while buffer.count < headEnd + length {
            guard Self.read(from: socket, into: &buffer) else { return nil }
        }
        let body = Array(buffer[headEnd..<(headEnd + length)])
        buffer.removeFirst(headEnd + length)
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
    }

    private static func read(from socket: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private static func write(_ bytes: [UInt8], to socket: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return send(socket, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }

    // MARK: - Sockets

    private struct SocketError: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(self.call) failed: errno \(self.code)" }
    }

    private static func makeListener() throws -> (Int32, Int) {
        let (descriptor, port) = try Self.makeBoundSocket()
        guard listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw SocketError(call: "listen", code: errno)
        }
        return (descriptor, port)
    }

    private static func makeBoundSocket() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SocketError(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            close(descriptor)
            throw SocketError(call: "bind", code: errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else {
            close(descriptor)
            throw SocketError(call: "getsockname", code: errno)
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
