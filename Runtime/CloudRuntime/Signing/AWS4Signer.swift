import Foundation
import HTTPTypes

/// AWS Signature Version 4 (`AWS4-HMAC-SHA256`), as Kingsoft Cloud uses it.
///
/// ```
/// CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n Hex(SHA256(body))
/// StringToSign     = "AWS4-HMAC-SHA256" \n X-Amz-Date \n YYYYMMDD/region/service/aws4_request \n Hex(SHA256(CanonicalRequest))
/// SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, YYYYMMDD), region), service), "aws4_request")
/// ```
///
/// Adds `X-Amz-Date`, `X-Amz-Content-Sha256` and, for STS credentials, `X-Amz-Security-Token`.
/// Signs `host`, `content-type`, `date` and every `x-amz-*` header, as Kingsoft's SDK does.
/// The credential-scope service comes from ``SigningContext/service``.
package struct AWS4Signer: RequestSigner {
    /// The algorithm name written into the string to sign and `Authorization`.
    static let algorithm = "AWS4-HMAC-SHA256"

    /// Creates the signer.
    public init() {}

    /// Signs the request; see the type's description for the headers added.
    ///
    /// - Parameters:
    ///   - request: The request head to sign.
    ///   - body: The body to send.
    ///   - credentials: The key pair and optional STS token.
    ///   - context: The date, region and service (required) to sign for.
    /// - Returns: The request with the signature headers and `Authorization`.
    /// - Throws: ``SigningError`` when the context has no service or an empty region, or the target's
    ///   query does not decode.
    public func sign(
        _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
    ) throws -> HTTPRequest {
        guard let service = context.service, !service.isEmpty else {
            throw SigningError(
                message: "AWS4-HMAC-SHA256 needs the credential-scope service (such as 'kce'); none was given.")
        }
        guard !context.region.isEmpty else {
            throw SigningError(message: "AWS4-HMAC-SHA256 needs a region for the credential scope; it is empty.")
        }
        var signed = request
        signed.headerFields = Self.headersToSign(request, body: body, credentials: credentials, context: context)
        let headers = Self.canonicalHeaders(signed.headerFields, authority: request.authority ?? "")
        let scope = Self.credentialScope(date: context.date, region: context.region, service: service)
        let canonical = try Self.canonicalRequestBytes(
            method: signed.method, target: request.path ?? "/", headers: headers,
            payloadHash: signed.headerFields.firstValue(.amzContentSHA256) ?? Digest.sha256(body).hexString)
        let text = Self.stringToSign(canonicalRequest: canonical, date: context.date, scope: scope)
        let key = AWS4SigningKeyCache.shared.signingKey(
            secret: credentials.accessKeySecret, date: context.date, region: context.region, service: service)
        let signature = HMAC.sha256(key: key, message: text).hexString
        signed.headerFields.setSingle(
            .authorization,
            "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope), "
                + "SignedHeaders=\(CanonicalHeader.signedNames(headers)), Signature=\(signature)")
        return signed
    }

    // MARK: - Steps

    /// The request's headers plus the ones this algorithm adds before computing the signature.
    static func headersToSign(
        _ request: HTTPRequest, body: [UInt8], credentials: Credentials, context: SigningContext
    ) -> HTTPFields {
        var headers = request.headerFields
        headers.setSingle(.authorization, nil)
        headers.setSingle(.amzDate, SigningDate.iso8601Basic(context.date))
        headers.setSingle(.amzContentSHA256, Digest.sha256(body).hexString)
        headers.setSingle(.amzSecurityToken, credentials.securityToken.flatMap { $0.isEmpty ? nil : $0 })
        return headers
    }

    /// `host` (from the header, else the request's authority), `content-type`, `date` and `x-amz-*`:
    /// lower-cased names, values trimmed with inner runs of spaces collapsed, sorted.
    static func canonicalHeaders(_ headers: HTTPFields, authority: String) -> [CanonicalHeader] {
        var all = headers
        if !all.contains(.hostField) { all.append(HTTPField(name: .hostField, value: authority)) }
        return CanonicalHeader.group(all, normalize: { $0.collapsingSpaces() }) { name in
            name == "host" || name == "content-type" || name == "date"
                || (name.hasPrefix("x-amz-") && name != "x-amz-client-context")
        }
    }

    /// The canonical request; the payload hash is the hex SHA-256 of the body.
    static func canonicalRequest(
        method: HTTPRequest.Method, target: String, headers: [CanonicalHeader], body: [UInt8]
    ) throws(SigningError) -> String {
        let bytes = try self.canonicalRequestBytes(
            method: method, target: target, headers: headers, payloadHash: Digest.sha256(body).hexString)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The canonical request, its last line the hex SHA-256 of the body.
    ///
    /// - Parameter target: The request target as sent: the encoded path, then `?` and the query.
    /// - Throws: ``SigningError`` when a query escape is malformed.
    static func canonicalRequestBytes(
        method: HTTPRequest.Method, target: String, headers: [CanonicalHeader], payloadHash: String
    ) throws(SigningError) -> [UInt8] {
        let query = try TargetQuery(target: target)
        var output: [UInt8] = []
        output.reserveCapacity(320 + target.utf8.count * 2)
        output.append(contentsOf: method.rawValue.utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: self.canonicalURI(String(TargetQuery.path(of: target))).utf8)
        output.append(UInt8(ascii: "\n"))
        CanonicalHeader.appendQueryAndHeaders(query, headers, to: &output)
        output.append(contentsOf: payloadHash.utf8)
        return output
    }

    /// The path normalized (empty, `.` and `..` segments resolved, a trailing `/` kept) and encoded a second time.
    static func canonicalURI(_ path: String) -> String {
        if path == "/" { return path }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        var normalized = "/" + segments.joined(separator: "/")
        if path.hasSuffix("/") && !normalized.hasSuffix("/") { normalized += "/" }
        return PercentEncoding.encodePathTwice(normalized)
    }

    /// `YYYYMMDD/region/service/aws4_request`.
    static func credentialScope(date: Date, region: String, service: String) -> String {
        "\(SigningDate.day(date))/\(region)/\(service)/aws4_request"
    }

    /// The algorithm, the `X-Amz-Date` value, the scope and the hex SHA-256 of the canonical request.
    static func stringToSign(canonicalRequest: [UInt8], date: Date, scope: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(160)
        output.append(contentsOf: self.algorithm.utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: SigningDate.iso8601Basic(date).utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: scope.utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: Digest.sha256(canonicalRequest).hexString.utf8)
        return output
    }

    /// The string to sign as text.
    static func stringToSign(canonicalRequest: String, date: Date, scope: String) -> String {
        String(
            decoding: self.stringToSign(canonicalRequest: Array(canonicalRequest.utf8), date: date, scope: scope),
            as: UTF8.self)
    }

    /// The key derived from the secret for one day, region and service.
    static func signingKey(secret: String, date: Date, region: String, service: String) -> [UInt8] {
        let day = HMAC.sha256(key: Array(("AWS4" + secret).utf8), message: Array(SigningDate.day(date).utf8))
        let regional = HMAC.sha256(key: day, message: Array(region.utf8))
        let scoped = HMAC.sha256(key: regional, message: Array(service.utf8))
        return HMAC.sha256(key: scoped, message: Array("aws4_request".utf8))
    }
}
