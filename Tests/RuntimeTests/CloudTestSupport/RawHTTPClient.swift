import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deliberately dumb HTTP/1.1 client over a raw socket, so tests control every byte sent.
///
/// All I/O happens on a dedicated thread (``RawHTTPClient/run(_:)``): the server answers through
/// async handlers on the concurrency pool, which a blocked test must not starve.
final class RawConnection {
    /// One response as parsed by the test client.
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            self.headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var bodyText: String { String(decoding: self.body, as: UTF8.self) }
    }

    struct ClientError: Error, CustomStringConvertible {
        var description: String
    }

    let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:port.
    init(port: Int) throws {
        #if canImport(Darwin)
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw ClientError(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw ClientError(description: "connect failed: errno \(code)")
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)  // a broken server fails the test instead of hanging it
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.descriptor = fd
    }

    deinit {
        close(self.descriptor)
    }

    func send(_ text: String) throws {
        try self.send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.send(
                        self.descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset,
                        Int32(MSG_NOSIGNAL))
                #else
                    Darwin.send(self.descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset, 0)
                #endif
            }
            guard count > 0 else { throw ClientError(description: "send failed") }
            offset += count
        }
    }

    /// Reads one response (a `100 Continue` counts as one); bodies are framed by `Content-Length`.
    /// - Parameter bodyExpected: False for the answer to `HEAD`, whose `Content-Length` describes no bytes.
    /// - Returns: The parsed response.
    /// - Throws: ``ClientError`` when the connection closes or times out first.
    func readResponse(bodyExpected: Bool = true) throws -> Response {
        let headEnd = try self.readUntil([13, 10, 13, 10])
        let head = String(decoding: self.buffer[..<headEnd], as: UTF8.self)
        self.buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw ClientError(description: "bad status line \(statusLine)")
        }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = Response(status: status, headers: headers, body: [])
        let length = bodyExpected ? Int(response.header("Content-Length") ?? "0") ?? 0 : 0
        while self.buffer.count < length { try self.fill() }
        response.body = Array(self.buffer[..<length])
        self.buffer.removeFirst(length)
        return response
    }

    /// True when the server closed the connection (end of stream) within the receive timeout.
    func peerClosed(timeoutMilliseconds: Int32) -> Bool {
        var pollDescriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&pollDescriptor, 1, timeoutMilliseconds) == 1 else { return false }
        var byte: UInt8 = 0
        return recv(self.descriptor, &byte, 1, Int32(MSG_PEEK)) == 0
    }

    /// True when no byte arrives within the timeout.
    func staysSilent(milliseconds: Int32) -> Bool {
        var pollDescriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&pollDescriptor, 1, milliseconds) == 0
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        while true {
            if self.buffer.count >= marker.count {
                for start in 0...(self.buffer.count - marker.count)
                where self.buffer[start..<(start + marker.count)].elementsEqual(marker) {
                    return start
                }
            }
            try self.fill()
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw ClientError(description: "connection closed or timed out (recv \(count))") }
        self.buffer += chunk[..<count]
    }
}

enum RawHTTPClient {
    /// Runs blocking socket work on its own thread and returns its result.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.start()
        }
    }

    /// Sends one request on a new connection and reads one response.
    static func exchange(port: Int, _ request: String) async throws -> RawConnection.Response {
        try await self.run {
            let connection = try RawConnection(port: port)
            try connection.send(request)
            return try connection.readResponse()
        }
    }
}
