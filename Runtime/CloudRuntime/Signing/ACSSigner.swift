import Foundation

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
    ///   - request: The request to sign.
    ///   - credentials: The key pair and optional STS token.
    ///   - context: The date and nonce to sign with.
    /// - Returns: The request with the signature headers and `Authorization`.
    public func sign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) throws -> HTTPRequest {
        var signed = request
        signed.headers = Self.headersToSign(request, credentials: credentials, context: context)
        let text = Self.stringToSign(method: signed.method, headers: signed.headers, path: signed.path, query: signed.query)
        signed.headers["Authorization"] = "acs \(credentials.accessKeyID):\(Self.signature(text, secret: credentials.accessKeySecret))"
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(_ request: HTTPRequest, credentials: Credentials, context: SigningContext) -> HTTPHeaders {
        var headers = request.headers
        headers["Date"] = SigningDate.rfc1123(context.date)
        if request.body.isEmpty {
            headers["Content-MD5"] = nil
        } else {
            headers["Content-MD5"] = Digest.md5(request.body).base64String
        }
        headers["x-acs-signature-nonce"] = context.nonce.isEmpty ? nil : context.nonce
        headers["x-acs-signature-method"] = "HMAC-SHA1"
        headers["x-acs-signature-version"] = "1.0"
        headers["x-acs-security-token"] = credentials.securityToken.flatMap { $0.isEmpty ? nil : $0 }
        return headers
    }

    /// The `x-acs-*` headers, names lower-cased, sorted, one `name:value\n` line each.
    ///
    /// Values are used as given, as the vendor's SDK does (the documentation's advice to trim them
    /// is not what the SDK signs); names sort by their UTF-8 bytes, which is code-point order.
    static func canonicalHeaders(_ headers: HTTPHeaders) -> String {
        let lines = headers.compactMap { field -> (name: String, value: String)? in
            let name = field.name.lowercasedASCII()
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
    static func stringToSign(method: HTTPMethod, headers: HTTPHeaders, path: String, query: [QueryItem]) -> String {
        [
            method.rawValue, headers["Accept"] ?? "", headers["Content-MD5"] ?? "", headers["Content-Type"] ?? "",
            headers["Date"] ?? "",
        ].joined(separator: "\n") + "\n" + self.canonicalHeaders(headers) + self.canonicalResource(path: path, query: query)
    }

    /// Base64 of HMAC-SHA1 over the string to sign, keyed with the secret itself.
    static func signature(_ stringToSign: String, secret: String) -> String {
        HMAC.sha1(key: Array(secret.utf8), message: Array(stringToSign.utf8)).base64String
    }
}
