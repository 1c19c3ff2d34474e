import CloudRuntime

/// What the ``MockServer`` does with one request: answer it, or misbehave on purpose.
///
/// Build answers with ``init(status:headers:body:)`` or the vendor-shaped helpers
/// (``json(_:status:headers:)``, ``ackError(status:code:message:requestID:)``,
/// ``kingsoftError(status:type:code:message:requestID:)``); build faults with
/// ``stall(seconds:)``, ``closeConnection`` and ``truncatingBody(after:reset:)``.
public struct MockResponse: Sendable, Hashable {
    /// A deliberate misbehaviour instead of an answer.
    public enum Fault: Sendable, Hashable {
        /// Read the request, then send nothing for this many seconds and close the connection.
        case stall(seconds: Double)
        /// Read the request, then close the connection without answering.
        case closeConnection
        /// Send the status line, the headers with the full `Content-Length` and only the first
        /// `bytes` of the body, then end the connection: with a TCP reset (`RST`) when `reset`
        /// is true, otherwise with an orderly close (`FIN`).
        case partialBody(bytes: Int, reset: Bool)
    }

    /// The status code.
    public var status: Int
    /// Header fields to send; the server adds `Content-Length` (and `Connection: close` when closing).
    public var headers: HTTPHeaders
    /// The body bytes.
    public var body: [UInt8]
    /// When set, the server misbehaves this way and ignores status, headers and body.
    public var fault: Fault?
    /// Seconds the server waits before sending the answer (see ``delayed(seconds:)``); 0 by default.
    public var delaySeconds: Double = 0
    /// Close the connection after this answer (adds `Connection: close`); false by default.
    public var closesConnection = false

    /// Creates an answer.
    public init(status: Int = 200, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
        self.fault = nil
    }

    /// A plain-text answer.
    public static func text(_ text: String, status: Int = 200, headers: HTTPHeaders = HTTPHeaders()) -> MockResponse {
        var fields = headers
        if fields["Content-Type"] == nil { fields.add(name: "Content-Type", value: "text/plain; charset=utf-8") }
        return MockResponse(status: status, headers: fields, body: Array(text.utf8))
    }

    /// A JSON answer from JSON text, sent as is (so a test can also send malformed JSON).
    /// - Parameters:
    ///   - json: The body text.
    ///   - status: The status code.
    ///   - headers: Extra header fields; `Content-Type: application/json;charset=utf-8` is added unless present.
    /// - Returns: The answer.
    public static func json(_ json: String, status: Int = 200, headers: HTTPHeaders = HTTPHeaders()) -> MockResponse {
        var fields = headers
        if fields["Content-Type"] == nil { fields.add(name: "Content-Type", value: "application/json;charset=utf-8") }
        return MockResponse(status: status, headers: fields, body: Array(json.utf8))
    }

    /// The same answer, sent only after `seconds` have passed.
    ///
    /// The server waits on the connection's thread, so the delay does not depend on the concurrency
    /// pool; shutting the server down ends the wait (and the connection) early.
    /// - Parameter seconds: The delay.
    /// - Returns: The delayed answer.
    public func delayed(seconds: Double) -> MockResponse {
        var response = self
        response.delaySeconds = seconds
        return response
    }

    /// The same answer, after which the server closes the connection (with `Connection: close`).
    /// - Returns: The closing answer.
    public func closingConnection() -> MockResponse {
        var response = self
        response.closesConnection = true
        return response
    }

    /// Never answers: reads the request, then stays silent for `seconds` and closes the connection.
    ///
    /// Use it to test client timeouts. The wait ends early when the client hangs up or the server shuts down.
    public static func stall(seconds: Double) -> MockResponse {
        var response = MockResponse()
        response.fault = .stall(seconds: seconds)
        return response
    }

    /// Reads the request, then closes the connection without a single byte of answer.
    public static var closeConnection: MockResponse {
        var response = MockResponse()
        response.fault = .closeConnection
        return response
    }

    /// This answer cut short: the headers announce the whole body, but the server sends only its
    /// first `bytes` and then ends the connection.
    ///
    /// Use it for a connection that breaks mid-body. With `reset` the server closes with `SO_LINGER`
    /// set to zero, so the client sees a TCP reset instead of a clean end of stream.
    /// - Parameters:
    ///   - bytes: How many body bytes to send before ending; clamped to the body's size minus one,
    ///     so the body is always incomplete (an empty body sends none).
    ///   - reset: End with a reset (`RST`) rather than an orderly close (`FIN`).
    /// - Returns: The truncating answer.
    public func truncatingBody(after bytes: Int, reset: Bool = false) -> MockResponse {
        var response = self
        response.fault = .partialBody(bytes: bytes, reset: reset)
        return response
    }
}
