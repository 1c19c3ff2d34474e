import CloudRuntime

/// AWS Signature Version 4 as Kingsoft Cloud documents it (KCE API reference, "签名机制").
///
/// ```
/// CanonicalRequest = VERB \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
///                    SignedHeaders \n Hex(SHA256(payload))
/// StringToSign = "AWS4-HMAC-SHA256" \n X-Amz-Date \n YYYYMMDD/region/service/aws4_request \n
///                Hex(SHA256(CanonicalRequest))
/// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, YYYYMMDD), region), service), "aws4_request")
/// Signature = Hex(HMAC-SHA256(kSigning, StringToSign))
/// ```
/// The signature travels in `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`
/// or, for a pre-signed GET, in the `X-Amz-*` query parameters (then every parameter but
/// `X-Amz-Signature` is part of the canonical query). The payload hash is over the exact body
/// bytes received (a form body included); a present `X-Amz-Content-Sha256` must equal it.
extension SignatureVerifier {
    func verifyAWS4(_ request: RecordedRequest, headerParameters: String?) -> Result {
        var result = Result(scheme: .aws4HMACSHA256)
        do throws(Failure) {
            try self.checkAWS4(request, headerParameters: headerParameters, into: &result)
        } catch {
            result.failure = error
        }
        return result
    }

    /// The signing fields, from the header or from the query.
    private struct AWS4Fields {
        var credential: String
        var signedHeaders: String
        var signature: String
        /// From the query; nil means the `X-Amz-Date` header, looked up once the header parsed.
        var date: String?
    }

    private func checkAWS4(_ request: RecordedRequest, headerParameters: String?, into result: inout Result)
        throws(Failure)
    {
        var query = try Self.decodedQuery(request)
        let fields: AWS4Fields
        if let headerParameters {
            let parameters = try Self.authorizationParameters(headerParameters)
            for key in ["Credential", "SignedHeaders", "Signature"] where parameters[key, default: ""].isEmpty {
                throw .malformedAuthorization("missing \(key)")
            }
            fields = AWS4Fields(
                credential: parameters["Credential", default: ""],
                signedHeaders: parameters["SignedHeaders", default: ""],
                signature: parameters["Signature", default: ""], date: nil)
        } else {
            func value(_ name: String) throws(Failure) -> String {
                guard let value = query.first(where: { $0.name == name })?.value, !value.isEmpty else {
                    throw .malformedAuthorization("query parameter \(name) is missing")
                }
                return value
            }
            guard try value("X-Amz-Algorithm") == Scheme.aws4HMACSHA256.rawValue else {
                throw .malformedAuthorization("X-Amz-Algorithm must be AWS4-HMAC-SHA256")
            }
            fields = AWS4Fields(
                credential: try value("X-Amz-Credential"), signedHeaders: try value("X-Amz-SignedHeaders"),
                signature: try value("X-Amz-Signature"), date: try value("X-Amz-Date"))
            query.removeAll { $0.name == "X-Amz-Signature" }
        }

        let scopeParts = fields.credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scopeParts.count == 5, !scopeParts.contains(where: \.isEmpty) else {
            throw .malformedAuthorization("Credential must be AccessKeyId/YYYYMMDD/region/service/aws4_request")
        }
        result.accessKeyID = scopeParts[0]
        let scope = scopeParts[1...].joined(separator: "/")
        result.credentialScope = scope
        guard scopeParts[4] == "aws4_request" else {
            throw .credentialScopeMismatch("terminator is \"\(scopeParts[4])\", not aws4_request")
        }
        var date = fields.date ?? ""
        if fields.date == nil { date = try Self.required("x-amz-date", in: request) }
        guard Self.isBasicISO8601(date) else {
            throw .invalidHeader(name: "X-Amz-Date", reason: "\"\(date)\" is not YYYYMMDD'T'HHMMSS'Z'")
        }
        guard date.hasPrefix(scopeParts[1]) else {
            throw .credentialScopeMismatch("scope date \(scopeParts[1]) differs from X-Amz-Date \(date)")
        }
        let secret = try self.secret(for: scopeParts[0])

        let payloadHash = Digest.sha256(request.body).hexString
        let declared = Self.values(of: "x-amz-content-sha256", in: request)
        if !declared.isEmpty, declared.joined(separator: ",") != payloadHash {
            throw .payloadDigestMismatch(
                header: "X-Amz-Content-Sha256", received: declared.joined(separator: ","), computed: payloadHash)
        }

        let signed = try Self.signedHeaderNames(fields.signedHeaders)
        guard signed.contains("host") else { throw .unsignedHeader("host") }
        if !Self.values(of: "x-amz-date", in: request).isEmpty && !signed.contains("x-amz-date") {
            throw .unsignedHeader("x-amz-date")
        }

        let canonicalRequest = [
            request.method,
            try Self.canonicalURI(request),
            Self.canonicalQueryString(query),
            try Self.canonicalHeaders(signed, in: request, collapseSpaces: true),
            signed.joined(separator: ";"),
            payloadHash,
        ].joined(separator: "\n")
        result.canonicalRequest = canonicalRequest
        let stringToSign = [
            Scheme.aws4HMACSHA256.rawValue, date, scope, Digest.sha256(Array(canonicalRequest.utf8)).hexString,
        ].joined(separator: "\n")
        result.stringToSign = stringToSign

        var key = Array(("AWS4" + secret).utf8)
        for part in scopeParts[1...4] { key = HMAC.sha256(key: key, message: Array(part.utf8)) }
        let computed = HMAC.sha256(key: key, message: Array(stringToSign.utf8)).hexString
        guard Self.constantTimeEqual(fields.signature.lowercased(), computed) else {
            throw .signatureMismatch(received: fields.signature, computed: computed)
        }
    }

    /// `YYYYMMDD'T'HHMMSS'Z'`, digits where digits belong.
    private static func isBasicISO8601(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 16, characters[8] == "T", characters[15] == "Z" else { return false }
        return (characters[0..<8] + characters[9..<15]).allSatisfy { $0.isASCII && $0.isNumber }
    }
}
