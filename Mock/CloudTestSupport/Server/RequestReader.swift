import CloudRuntime

/// Reads HTTP/1.1 requests, one after another, from one connection.
///
/// Bytes that arrive beyond the current request stay buffered for the next one, so pipelined
/// and kept-alive requests are read correctly.
struct RequestReader {
    /// Why reading stopped.
    enum ReadError: Error, Equatable {
        /// The client closed the connection in the middle of a request.
        case closedEarly
        /// The server is shutting down.
        case stopping
        /// The bytes are not valid HTTP/1.1; the text says what was wrong.
        case malformed(String)
    }

    /// The request line and header fields of one request.
    struct Head {
        var method: String
        var target: String
        var version: String
        var headers: HTTPHeaders
    }

    /// Largest accepted request head, in bytes.
    static let maximumHeadSize = 64 * 1024

    private let descriptor: Int32
    private let wake: Int32
    private var buffer: [UInt8] = []

    /// Creates a reader for a connected socket; `wake` is the server's stop signal.
    init(descriptor: Int32, wake: Int32) {
        self.descriptor = descriptor
        self.wake = wake
    }

    /// Reads the next request head.
    /// - Returns: The head, or nil when the client closed the connection between requests.
    mutating func readHead() throws(ReadError) -> Head? {
        while true {
            // Tolerate stray CRLFs between requests (RFC 9112 section 2.2).
            while self.buffer.starts(with: [0x0D, 0x0A]) { self.buffer.removeFirst(2) }
            if let end = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: self.buffer) {
                let headBytes = Array(self.buffer[..<end])
                self.buffer.removeFirst(end + 4)
                return try Self.parseHead(headBytes)
            }
            guard self.buffer.count <= Self.maximumHeadSize else { throw .malformed("request head too large") }
            if try !self.fill() {
                if self.buffer.isEmpty { return nil }
                throw .closedEarly
            }
        }
    }

    /// Reads exactly `length` body bytes.
    mutating func readBody(length: Int) throws(ReadError) -> [UInt8] {
        while self.buffer.count < length {
            guard try self.fill() else { throw .closedEarly }
        }
        let body = Array(self.buffer[..<length])
        self.buffer.removeFirst(length)
        return body
    }

    /// Reads a chunked body (RFC 9112 section 7.1), dropping chunk extensions and trailer fields.
    mutating func readChunkedBody() throws(ReadError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeLine = String(decoding: try self.readLine(), as: UTF8.self)
            let sizeText = sizeLine.prefix { $0 != ";" }.trimmingSpaces
            guard !sizeText.isEmpty, let size = Int(sizeText, radix: 16), size >= 0 else {
                throw .malformed("bad chunk size line \"\(sizeLine)\"")
            }
            if size == 0 { break }
            body += try self.readBody(length: size)
            guard try self.readLine().isEmpty else { throw .malformed("chunk data not followed by CRLF") }
        }
        while try !self.readLine().isEmpty {}  // trailer fields, ignored
        return body
    }

    /// Reads one line and drops its CRLF.
    private mutating func readLine() throws(ReadError) -> [UInt8] {
        while true {
            if let end = Self.find([0x0D, 0x0A], in: self.buffer) {
                let line = Array(self.buffer[..<end])
                self.buffer.removeFirst(end + 2)
                return line
            }
            guard self.buffer.count <= Self.maximumHeadSize else { throw .malformed("line too long") }
            guard try self.fill() else { throw .closedEarly }
        }
    }

    /// Waits for more bytes and appends them. Returns false at end of stream.
    private mutating func fill() throws(ReadError) -> Bool {
        switch PosixSocket.wait(for: self.descriptor, wake: self.wake) {
        case .woken: throw .stopping
        case .timedOut, .readable: break
        }
        guard let bytes = PosixSocket.receive(self.descriptor) else { return false }
        if bytes.isEmpty { return false }
        self.buffer += bytes
        return true
    }

    private static func parseHead(_ bytes: [UInt8]) throws(ReadError) -> Head {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)[...]
        guard let requestLine = lines.popFirst() else { throw .malformed("empty request") }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].hasPrefix("HTTP/1.") else {
            throw .malformed("bad request line \"\(requestLine)\"")
        }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                line.first != " ", line.first != "\t"
            else { throw .malformed("bad header line \"\(line)\"") }
            let name = String(line[..<colon])
            guard !name.contains(where: { $0 == " " || $0 == "\t" }) else {
                throw .malformed("space in header name \"\(name)\"")
            }
            headers.add(name: name, value: line[line.index(after: colon)...].trimmingSpaces)
        }
        return Head(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and horizontal tabs (HTTP optional whitespace).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = self.firstIndex(where: { !isSpace($0) }), let last = self.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
