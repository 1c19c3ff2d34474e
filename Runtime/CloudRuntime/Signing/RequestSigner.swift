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
///     func sign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) throws -> HTTPRequest {
///         var signed = request
///         signed.headers["Authorization"] = "…"
///         return signed
///     }
/// }
/// ```
package protocol RequestSigner: Sendable {
    /// Returns the request with the signer's headers and `Authorization` added.
    ///
    /// - Parameters:
    ///   - request: The request as it will be sent: encoded path, unencoded query, final body.
    ///   - credentials: The key pair (and STS token) to sign with.
    ///   - context: The time, nonce, region and service to sign for.
    /// - Returns: The signed request.
    /// - Throws: ``SigningError`` when the context lacks something the algorithm needs.
    func sign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) throws -> HTTPRequest
}
