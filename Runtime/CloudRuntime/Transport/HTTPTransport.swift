import HTTPTypes

/// Something that carries one request to a server and brings back its response.
///
/// Requests and responses are swift-http-types values, with the bodies beside them as bytes, so
/// a transport written for the ecosystem adapts in a few lines.
///
/// A transport sends exactly the method, URL, headers and body it is given: signing, retries and
/// error interpretation happen above it, in ``ServiceClient``. Any HTTP status, 500 included, is a
/// response, not an error; a transport throws only when no response arrives.
///
/// The timeout travels with each call rather than living in the transport, so one shared transport
/// (and its connection pool) can serve clients configured with different timeouts.
///
/// To conform, answer each call independently and honour task cancellation:
///
/// ```swift
/// import HTTPTypes
///
/// struct CannedTransport: HTTPTransport {
///     func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
///         try Task.checkCancellation()
///         return (HTTPResponse(status: .ok), Array(#"{"ok":true}"#.utf8))
///     }
/// }
/// ```
public protocol HTTPTransport: Sendable {
    /// Sends one request and waits for the complete response.
    ///
    /// - Parameters:
    ///   - request: The request to send, as signed: `scheme`, `authority` and `path` (the encoded
    ///     path and query) form the URL.
    ///   - body: The body bytes; empty for none.
    ///   - timeout: How long connecting, and the whole exchange, may take.
    /// - Returns: The final response (status and headers in received order) and its body.
    /// - Throws: ``TransportError`` when no response arrives (connection refused, timeout, TLS
    ///   failure); `CancellationError` when the calling task is cancelled.
    func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8])
}
