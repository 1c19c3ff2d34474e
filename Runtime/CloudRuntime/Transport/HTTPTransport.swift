/// Something that carries one ``HTTPRequest`` to a server and brings back its ``HTTPResponse``.
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
/// struct CannedTransport: HTTPTransport {
///     func send(_ request: HTTPRequest, timeout: Timeout) async throws -> HTTPResponse {
///         try Task.checkCancellation()
///         return HTTPResponse(status: 200, body: Array(#"{"ok":true}"#.utf8))
///     }
/// }
/// ```
public protocol HTTPTransport: Sendable {
    /// Sends one request and waits for the complete response.
    ///
    /// - Parameters:
    ///   - request: The request to send, as signed; its ``HTTPRequest/url`` is the target.
    ///   - timeout: How long connecting, and the whole exchange, may take.
    /// - Returns: The final response: status, headers in received order, and body.
    /// - Throws: ``TransportError`` when no response arrives (connection refused, timeout, TLS
    ///   failure); `CancellationError` when the calling task is cancelled.
    func send(_ request: HTTPRequest, timeout: Timeout) async throws -> HTTPResponse
}
