import HTTPTypes

/// Alibaba Cloud V3 signatures (`ACS3-HMAC-SHA256`).
///
/// ```
/// CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
/// StringToSign     = "ACS3-HMAC-SHA256" \n Hex(SHA256(CanonicalRequest))
/// Authorization    = "ACS3-HMAC-SHA256 Credential=" AK ",SignedHeaders=" … ",Signature=" Hex(HMAC-SHA256(secret, StringToSign))
/// ```
///
/// Adds `x-acs-date`, `x-acs-signature-nonce`, `x-acs-content-sha256` (hex SHA-256 of the body),
/// and `x-acs-accesskey-id` plus `x-acs-security-token` for STS credentials. Like Alibaba's SDK, it
/// signs every header of the request, and `host`: the request's authority, which the transport sends
/// as `Host`.
package struct ACS3Signer: RequestSigner {
    /// The algorithm name written into the string to sign and `Authorization`.
    static let algorithm = "ACS3-HMAC-SHA256"

    /// Creates the signer.
    public init() {}

    /// Signs the request; see the type's description for the headers added.
    ///
    /// - Parameters:
    ///   - request: The request head to sign.
    ///   - body: The body to send.
    ///   - credentials: The key pair and optional STS token.
    ///   - context: The date and nonce to sign with.
    /// - Returns: The request with the signature headers and `Authorization`.
    /// - Throws: ``SigningError`` when the target's query does not decode.
    public func sign(
        _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
    ) throws -> HTTPRequest {
        var signed = request
        signed.headerFields = Self.headersToSign(request, body: body, credentials: credentials, context: context)
        let headers = Self.canonicalHeaders(signed.headerFields, authority: request.authority ?? "")
        let canonical = try Self.canonicalRequestBytes(
            method: signed.method, target: request.path ?? "/", headers: headers, fields: signed.headerFields,
            body: body)
        let signature = HMAC.sha256(key: credentials.accessKeySecret.utf8, message: Self.stringToSign(canonical))
        signed.headerFields.setSingle(
            .authorization,
            "\(Self.algorithm) Credential=\(credentials.accessKeyID),SignedHeaders=\(CanonicalHeader.signedNames(headers)),"
                + "Signature=\(signature.hexString)")
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(
        _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
    ) -> HTTPFields {
        var headers = request.headerFields
        headers.setSingle(.authorization, nil)
        headers.setSingle(.acsDate, SigningDate.iso8601(context.date))
        headers.setSingle(.acsSignatureNonce, context.nonce)
        headers.setSingle(.acsContentSHA256, Digest.sha256(body).hexString)
        if let token = credentials.securityToken, !token.isEmpty {
            headers.setSingle(.acsAccessKeyID, credentials.accessKeyID)
            headers.setSingle(.acsSecurityToken, token)
        } else {
            headers.setSingle(.acsAccessKeyID, nil)
            headers.setSingle(.acsSecurityToken, nil)
        }
        return headers
    }

    /// Every header except `Authorization`, and `host` (from a field of that name, else the authority):
    /// lower-cased names, trimmed values, sorted.
    static func canonicalHeaders(_ headers: HTTPFields, authority: String) -> [CanonicalHeader] {
        var all = headers
        if !all.contains(.hostField) { all.append(HTTPField(name: .hostField, value: authority)) }
        return CanonicalHeader.group(all, normalize: { $0.trimmingSpaces() }, include: { $0 != "authorization" })
    }

    /// The canonical request; the hashed payload is the `x-acs-content-sha256` value.
    ///
    /// - Parameter target: The request target as sent: the encoded path, then `?` and the query.
    /// - Throws: ``SigningError`` when a query escape is malformed.
    static func canonicalRequestBytes(
        method: HTTPRequest.Method, target: String, headers: [CanonicalHeader], fields: HTTPFields, body: [UInt8]
    ) throws(SigningError) -> [UInt8] {
        let query = try TargetQuery(target: target)
        let path = TargetQuery.path(of: target)
        var output: [UInt8] = []
        output.reserveCapacity(320 + target.utf8.count * 2)
        output.append(contentsOf: method.rawValue.utf8)
        output.append(UInt8(ascii: "\n"))
        if path.isEmpty { output.append(UInt8(ascii: "/")) } else { output.append(contentsOf: path.utf8) }
        output.append(UInt8(ascii: "\n"))
        CanonicalHeader.appendQueryAndHeaders(query, headers, to: &output)
        output.append(contentsOf: (fields.firstValue(.acsContentSHA256) ?? Digest.sha256(body).hexString).utf8)
        return output
    }

    /// The canonical request as text.
    static func canonicalRequest(
        method: HTTPRequest.Method, target: String, headers: [CanonicalHeader], fields: HTTPFields, body: [UInt8]
    ) throws(SigningError) -> String {
        String(
            decoding: try self.canonicalRequestBytes(
                method: method, target: target, headers: headers, fields: fields, body: body),
            as: UTF8.self)
    }

    /// The algorithm name and the hex SHA-256 of the canonical request.
    static func stringToSign(_ canonicalRequest: [UInt8]) -> [UInt8] {
        var output = Array("\(self.algorithm)\n".utf8)
        output.append(contentsOf: Digest.sha256(canonicalRequest).hexString.utf8)
        return output
    }

    /// The algorithm name and the hex SHA-256 of the canonical request, as text.
    static func stringToSign(_ canonicalRequest: String) -> String {
        String(decoding: self.stringToSign(Array(canonicalRequest.utf8)), as: UTF8.self)
    }
}
