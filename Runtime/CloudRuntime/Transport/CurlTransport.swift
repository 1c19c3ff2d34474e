import HTTPTypes

/// An ``HTTPTransport`` over libcurl's multi interface.
///
/// All requests of one transport share one curl multi handle driven by a background thread, so
/// concurrent requests run in parallel without a thread each, and sequential requests to the same
/// host reuse open connections (HTTP keep-alive, and HTTP/2 multiplexing over TLS). Use
/// ``shared`` unless you need a separate connection pool.
///
/// Behaviour:
/// - TLS certificates and host names are always verified.
/// - Exactly the request's headers and body are sent. curl adds `Host` and `Content-Length` itself,
///   and the headers it would otherwise add on its own (`Accept: */*`, `Expect: 100-continue`, a
///   form `Content-Type`) are suppressed.
/// - Redirects are not followed: a signed request is valid for one URL only.
/// - Cancelling the calling task removes the transfer and throws `CancellationError` at once.
public final class CurlTransport: HTTPTransport {
    /// The process-wide transport, whose connection pool every client shares by default.
    public static let shared = CurlTransport()

    private let loop: CurlMultiLoop

    /// Creates a transport with its own connection pool and background thread.
    ///
    /// The thread ends when the transport is released.
    public init() {
        self.loop = CurlMultiLoop()
    }

    deinit {
        self.loop.shutdown()
    }

    /// Stops the transport: new requests fail with ``TransportError/Kind/shutDown``, the requests in
    /// flight finish (or fail at once with `shutDown` when `cancellingInFlight` is set), and the
    /// background thread ends before this returns. Calling it again waits for the same end.
    ///
    /// Shut down a transport you created when you are done with it. ``shared`` lives as long as the
    /// process; shut it down only when nothing will call through it again, at the very end.
    ///
    /// - Parameter cancellingInFlight: Fail the requests in flight instead of waiting for them.
    public func shutdown(cancellingInFlight: Bool = false) async {
        await self.loop.shutdown(cancellingInFlight: cancellingInFlight)
    }

    /// Whether the background thread has ended.
    var hasStopped: Bool { self.loop.hasExited }

    /// Sends one request and waits for the complete response.
    ///
    /// - Parameters:
    ///   - request: The request to send.
    ///   - body: The body bytes; empty for none.
    ///   - timeout: The connect limit and the limit for the whole exchange.
    /// - Returns: The final response, whatever its status, and its body.
    /// - Throws: ``TransportError`` when no response arrives; `CancellationError` when the task is cancelled.
    public func send(_ request: HTTPRequest, body: [UInt8], timeout: Timeout) async throws -> (HTTPResponse, [UInt8]) {
        try Task.checkCancellation()
        let token = CurlRequestToken()
        let loop = self.loop
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard token.install(continuation) else { return }
                loop.submit(CurlSubmission(token: token, request: request, body: body, timeout: timeout))
            }
        } onCancel: {
            if token.finish(.failure(CancellationError())) {
                loop.cancel(token)
            }
        }
    }
}
