import CloudRuntime

/// Alibaba Cloud ACS v1 for ROA APIs (ACK API reference, section 5 "签名机制").
///
/// ```
/// StringToSign = VERB \n Accept \n Content-MD5 \n Content-Type \n Date \n
///                CanonicalizedHeaders CanonicalizedResource
/// Authorization = "acs " + AccessKeyId + ":" + Base64(HMAC-SHA1(secret, StringToSign))
/// ```
/// CanonicalizedHeaders are the `x-acs-*` fields, names lower-cased, sorted, `name:value\n` each.
/// CanonicalizedResource is the path as received, then `?` and the query parameters sorted by
/// name with their values NOT encoded (`name=value`, or a bare `name`), joined by `&`.
extension SignatureVerifier {
    func verifyACSV1(_ request: RecordedRequest, credential: String) -> Result {
        var result = Result(scheme: .acsHMACSHA1)
        do throws(Failure) {
            try self.checkACSV1(request, credential: credential, into: &result)
        } catch {
            result.failure = error
        }
        return result
    }

    private func checkACSV1(_ request: RecordedRequest, credential: String, into result: inout Result) throws(Failure) {
        guard let colon = credential.firstIndex(of: ":") else {
            throw .malformedAuthorization("expected \"acs AccessKeyId:Signature\"")
        }
        let accessKeyID = String(credential[..<colon])
        let received = String(credential[credential.index(after: colon)...])
        guard !accessKeyID.isEmpty, !received.isEmpty else {
            throw .malformedAuthorization("empty access key ID or signature")
        }
        result.accessKeyID = accessKeyID
        let secret = try self.secret(for: accessKeyID)

        let date = try Self.required("date", in: request)
        let method = try Self.required("x-acs-signature-method", in: request)
        guard method == "HMAC-SHA1" else {
            throw .invalidHeader(name: "x-acs-signature-method", reason: "\"\(method)\" is not HMAC-SHA1")
        }
        let contentMD5 = Self.values(of: "content-md5", in: request).joined(separator: ",")
        if !contentMD5.isEmpty {
            let computed = Digest.md5(request.body).base64String
            guard contentMD5 == computed else {
                throw .payloadDigestMismatch(header: "Content-MD5", received: contentMD5, computed: computed)
            }
        }

        let stringToSign =
            [
                request.method,
                Self.values(of: "accept", in: request).joined(separator: ","),
                contentMD5,
                Self.values(of: "content-type", in: request).joined(separator: ","),
                date,
            ].joined(separator: "\n") + "\n" + Self.acsCanonicalizedHeaders(request)
            + (try Self.acsCanonicalizedResource(request))
        result.stringToSign = stringToSign

        let computed = HMAC.sha1(key: Array(secret.utf8), message: Array(stringToSign.utf8)).base64String
        guard Self.constantTimeEqual(received, computed) else {
            throw .signatureMismatch(received: received, computed: computed)
        }
    }

    /// `x-acs-*` fields: lower-case names, sorted; `\t \n \r \f` in values become spaces, then values are trimmed.
    static func acsCanonicalizedHeaders(_ request: RecordedRequest) -> String {
        var grouped: [String: [String]] = [:]
        for field in request.headers where field.name.lowercased().hasPrefix("x-acs-") {
            let value = String(field.value.map { "\t\n\r\u{0C}".contains($0) ? " " : $0 }).trimmingSpaces
            grouped[field.name.lowercased(), default: []].append(value)
        }
        return grouped.keys.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
            .map { "\($0):\(grouped[$0, default: []].joined(separator: ","))\n" }
            .joined()
    }

    /// The received path, plus `?` and the decoded query sorted by name (then value), values unencoded.
    static func acsCanonicalizedResource(_ request: RecordedRequest) throws(Failure) -> String {
        let pairs = try Self.decodedQuery(request).sorted { lhs, rhs in
            lhs.name != rhs.name
                ? Array(lhs.name.utf8).lexicographicallyPrecedes(rhs.name.utf8)
                : Array((lhs.value ?? "").utf8).lexicographicallyPrecedes((rhs.value ?? "").utf8)
        }
        guard !pairs.isEmpty else { return request.rawPath }
        let query = pairs.map { pair in pair.value.map { "\(pair.name)=\($0)" } ?? pair.name }.joined(separator: "&")
        return request.rawPath + "?" + query
    }
}
