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
        var signed = request
        signed.headerFields = Self.headersToSign(
            request.headerFields, body: body, credentials: credentials, context: context)
        let text = try Self.stringToSignBytes(
            method: signed.method, headers: signed.headerFields, target: request.path ?? "/")
        signed.headerFields.setSingle(
            .authorization,
            "acs \(credentials.accessKeyID):\(Self.signature(text, secret: credentials.accessKeySecret))")
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(
        _ fields: HTTPFields, body: [UInt8], credentials: Credentials, context: SigningContext
    ) -> HTTPFields {
        var headers = fields
        headers.setSingle(.date, SigningDate.rfc1123(context.date))
        headers.setSingle(.contentMD5, body.isEmpty ? nil : Digest.md5(body).base64String)
        headers.setSingle(.acsSignatureNonce, context.nonce.isEmpty ? nil : context.nonce)
        headers.setSingle(.acsSignatureMethod, "HMAC-SHA1")
        headers.setSingle(.acsSignatureVersion, "1.0")
        headers.setSingle(.acsSecurityToken, credentials.securityToken.flatMap { $0.isEmpty ? nil : $0 })
        return headers
    }

    /// The `x-acs-*` headers, names lower-cased, sorted, one `name:value\n` line each.
    ///
    /// Values are used as given, as the vendor's SDK does (the documentation's advice to trim them
    /// is not what the SDK signs); names sort by their UTF-8 bytes, which is code-point order.
    static func appendCanonicalHeaders(_ headers: HTTPFields, to output: inout [UInt8]) {
        var lines: [(name: String, value: String)] = []
        for field in headers {
            let name = field.name.canonicalName
            if name.hasPrefix("x-acs-") { lines.append((name, field.value)) }
        }
        for line in lines.sortedByUTF8(\.name) {
            output.append(contentsOf: line.name.utf8)
            output.append(UInt8(ascii: ":"))
            output.append(contentsOf: line.value.utf8)
            output.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends the path as sent, then `?` and the query sorted by name as unencoded `name=value` pairs
    /// joined by `&`.
    ///
    /// An empty value still gives `name=`; repeated names keep their order.
    static func appendCanonicalResource(target: String, to output: inout [UInt8]) throws(SigningError) {
        let query = try TargetQuery(target: target)
        output.append(contentsOf: TargetQuery.path(of: target).utf8)
        guard !query.isEmpty else { return }
        output.append(UInt8(ascii: "?"))
        query.appendUnencodedSortedByName(to: &output)
    }

    /// The canonical resource as text.
    static func canonicalResource(target: String) throws(SigningError) -> String {
        var output: [UInt8] = []
        try self.appendCanonicalResource(target: target, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes the signature covers.
    static func stringToSignBytes(
        method: HTTPRequest.Method, headers: HTTPFields, target: String
    ) throws(SigningError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256 + target.utf8.count)
        output.append(contentsOf: method.rawValue.utf8)
        for name in [HTTPField.Name.accept, .contentMD5, .contentType, .date] {
            output.append(UInt8(ascii: "\n"))
            if let value = headers.firstValue(name) { output.append(contentsOf: value.utf8) }
        }
        output.append(UInt8(ascii: "\n"))
        self.appendCanonicalHeaders(headers, to: &output)
        try self.appendCanonicalResource(target: target, to: &output)
        return output
    }

    /// The text the signature covers.
    static func stringToSign(
        method: HTTPRequest.Method, headers: HTTPFields, target: String
    ) throws(SigningError) -> String {
        String(decoding: try self.stringToSignBytes(method: method, headers: headers, target: target), as: UTF8.self)
    }

    /// Base64 of HMAC-SHA1 over the string to sign, keyed with the secret itself.
    static func signature(_ stringToSign: [UInt8], secret: String) -> String {
        HMAC.sha1(key: secret.utf8, message: stringToSign).base64String
    }
}
