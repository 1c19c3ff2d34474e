/// Alibaba Cloud V3 signatures (`ACS3-HMAC-SHA256`).
///
/// ```
/// CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
/// StringToSign     = "ACS3-HMAC-SHA256" \n Hex(SHA256(CanonicalRequest))
/// Authorization    = "ACS3-HMAC-SHA256 Credential=" AK ",SignedHeaders=" … ",Signature=" Hex(HMAC-SHA256(secret, StringToSign))
/// ```
///
/// Adds `x-acs-date`, `x-acs-signature-nonce`, `x-acs-content-sha256` (hex SHA-256 of the body),
/// `host` when absent, and `x-acs-accesskey-id` plus `x-acs-security-token` for STS credentials.
/// Like Alibaba's SDK, it signs every header of the request.
package struct ACS3Signer: RequestSigner {
    /// The algorithm name written into the string to sign and `Authorization`.
    static let algorithm = "ACS3-HMAC-SHA256"

    /// Creates the signer.
    public init() {}

    /// Signs the request; see the type's description for the headers added.
    ///
    /// - Parameters:
    ///   - request: The request to sign.
    ///   - credentials: The key pair and optional STS token.
    ///   - context: The date and nonce to sign with.
    /// - Returns: The request with the signature headers and `Authorization`.
    public func sign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) throws -> HTTPRequest {
        var signed = request
        signed.headers = Self.headersToSign(request, credentials: credentials, context: context)
        let headers = Self.canonicalHeaders(signed.headers)
        let canonical = Self.canonicalRequest(signed, headers: headers)
        let signature = HMAC.sha256(key: Array(credentials.accessKeySecret.utf8), message: Array(Self.stringToSign(canonical).utf8))
        signed.headers["Authorization"] =
            "\(Self.algorithm) Credential=\(credentials.accessKeyID),SignedHeaders=\(CanonicalHeader.signedNames(headers)),"
            + "Signature=\(signature.hexString)"
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) -> HTTPHeaders {
        var headers = request.headers
        headers["Authorization"] = nil
        if headers["host"] == nil { headers["host"] = request.authority }
        headers["x-acs-date"] = SigningDate.iso8601(context.date)
        headers["x-acs-signature-nonce"] = context.nonce
        headers["x-acs-content-sha256"] = Digest.sha256(request.body).hexString
        if let token = credentials.securityToken, !token.isEmpty {
            headers["x-acs-accesskey-id"] = credentials.accessKeyID
            headers["x-acs-security-token"] = token
        } else {
            headers["x-acs-accesskey-id"] = nil
            headers["x-acs-security-token"] = nil
        }
        return headers
    }

    /// Every header except `Authorization`: lower-cased names, trimmed values, sorted.
    static func canonicalHeaders(_ headers: HTTPHeaders) -> [CanonicalHeader] {
        CanonicalHeader.group(headers, normalize: { $0.trimmingSpaces() }, include: { $0 != "authorization" })
    }

    /// The canonical request; the hashed payload is the `x-acs-content-sha256` value.
    static func canonicalRequest(_ request: HTTPRequest, headers: [CanonicalHeader]) -> String {
        [
            request.method.rawValue,
            request.path.isEmpty ? "/" : request.path,
            PercentEncoding.canonicalQuery(request.query),
            CanonicalHeader.block(headers),
            CanonicalHeader.signedNames(headers),
            request.headers["x-acs-content-sha256"] ?? Digest.sha256(request.body).hexString,
        ].joined(separator: "\n")
    }

    /// The algorithm name and the hex SHA-256 of the canonical request.
    static func stringToSign(_ canonicalRequest: String) -> String {
        "\(self.algorithm)\n\(Digest.sha256(Array(canonicalRequest.utf8)).hexString)"
    }
}
