import Foundation
import HTTPTypes

/// Alibaba Cloud ROA v1 signatures (`acs AccessKeyId:Signature`, HMAC-SHA1).
///
/// ```
/// StringToSign = METHOD \n Accept \n Content-MD5 \n Content-Type \n Date \n
///                CanonicalizedHeaders CanonicalizedResource
/// Authorization = "acs " + AccessKeyId + ":" + Base64(HMAC-SHA1(AccessKeySecret, StringToSign))
/// ```
///
/// Adds `Date`, `x-acs-signature-nonce`, `x-acs-signature-method`, `x-acs-signature-version`,
/// `Content-MD5` for a non-empty body and `x-acs-security-token` for STS credentials. An empty
/// ``SigningContext/nonce`` sends no nonce header (aliyunsdkcore sends none; the newer SDKs do).
/// The canonicalized resource is the path as sent followed by the sorted query with unencoded
/// names and values, exactly as Alibaba's SDK builds it.
package struct ACSSigner: RequestSigner {
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
        let target = try RequestTarget.toSign(request)
        var signed = request
        signed.headerFields = Self.headersToSign(
            request.headerFields, body: body, credentials: credentials, context: context)
        let text = Self.stringToSign(
            method: signed.method, headers: signed.headerFields, path: target.path, query: target.query)
        signed.headerFields[.authorization] =
            "acs \(credentials.accessKeyID):\(Self.signature(text, secret: credentials.accessKeySecret))"
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(
        _ fields: HTTPFields, body: [UInt8], credentials: Credentials, context: SigningContext
    ) -> HTTPFields {
        var headers = fields
        headers[.date] = SigningDate.rfc1123(context.date)
        headers[.contentMD5] = body.isEmpty ? nil : Digest.md5(body).base64String
        headers[.acsSignatureNonce] = context.nonce.isEmpty ? nil : context.nonce
        headers[.acsSignatureMethod] = "HMAC-SHA1"
        headers[.acsSignatureVersion] = "1.0"
        headers[.acsSecurityToken] = credentials.securityToken.flatMap { $0.isEmpty ? nil : $0 }
        return headers
    }

    /// The `x-acs-*` headers, names lower-cased, sorted, one `name:value\n` line each.
    ///
    /// Values are used as given, as the vendor's SDK does (the documentation's advice to trim them
    /// is not what the SDK signs); names sort by their UTF-8 bytes, which is code-point order.
    static func canonicalHeaders(_ headers: HTTPFields) -> String {
        let lines = headers.compactMap { field -> (name: String, value: String)? in
            let name = field.name.canonicalName
            return name.hasPrefix("x-acs-") ? (name, field.value) : nil
        }
        return lines.sortedByUTF8(\.name).map { "\($0.name):\($0.value)\n" }.joined()
    }

    /// The path as sent, then `?` and the query sorted by name as unencoded `name=value` pairs joined by `&`.
    ///
    /// An empty value still gives `name=`; repeated names keep their order.
    static func canonicalResource(path: String, query: [QueryItem]) -> String {
        guard !query.isEmpty else { return path }
        let pairs = query.sortedByUTF8(\.name).map { "\($0.name)=\($0.value)" }
        return path + "?" + pairs.joined(separator: "&")
    }

    /// The text the signature covers.
    static func stringToSign(
        method: HTTPRequest.Method, headers: HTTPFields, path: String, query: [QueryItem]
    ) -> String {
        [
            method.rawValue, headers[.accept] ?? "", headers[.contentMD5] ?? "", headers[.contentType] ?? "",
            headers[.date] ?? "",
        ].joined(separator: "\n") + "\n" + self.canonicalHeaders(headers)
            + self.canonicalResource(path: path, query: query)
    }

    /// Base64 of HMAC-SHA1 over the string to sign, keyed with the secret itself.
    static func signature(_ stringToSign: String, secret: String) -> String {
        HMAC.sha1(key: Array(secret.utf8), message: Array(stringToSign.utf8)).base64String
    }
}
