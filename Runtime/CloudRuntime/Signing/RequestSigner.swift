import HTTPTypes

/// Signs HTTP requests for one signature algorithm.
///
/// A signer is a pure function of the request, the credentials and the ``SigningContext``:
/// it returns the request with its signature-related headers and `Authorization` added and
/// changes nothing else, so signing twice with the same inputs gives the same bytes.
///
/// Conform to support another algorithm:
///
/// ```swift
/// struct MySigner: RequestSigner {
///     func sign(
///         _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
///     ) throws -> HTTPRequest {
///         var signed = request
///         signed.headerFields[.authorization] = "…"
///         return signed
///     }
/// }
/// ```
package protocol RequestSigner: Sendable {
    /// Returns the request with the signer's headers and `Authorization` added.
    ///
    /// - Parameters:
    ///   - request: The request head as it will be sent: method, authority, target (encoded path and
    ///     query) and header fields.
    ///   - body: The body as it will be sent.
    ///   - credentials: The key pair (and STS token) to sign with.
    ///   - context: The time, nonce, region and service to sign for.
    /// - Returns: The signed request head.
    /// - Throws: ``SigningError`` when the context lacks something the algorithm needs, or the
    ///   target's query does not decode.
    func sign(
        _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
    ) throws
        -> HTTPRequest
}
