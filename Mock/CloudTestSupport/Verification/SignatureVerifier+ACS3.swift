import CloudRuntime

/// Alibaba Cloud V3 signature, `ACS3-HMAC-SHA256`.
///
/// ```
/// CanonicalRequest = VERB \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
///                    SignedHeaders \n HashedRequestPayload
/// StringToSign = "ACS3-HMAC-SHA256" \n Hex(SHA256(CanonicalRequest))
/// Authorization = ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=Hex(HMAC-SHA256(secret, StringToSign))
/// ```
/// The verifier also requires `x-acs-date`, `x-acs-signature-nonce` and `x-acs-content-sha256`
/// (equal to the hex SHA-256 of the body received), and that `host`, every `x-acs-*` field and
/// `content-type` (when present) are signed.
extension SignatureVerifier {
    func verifyACS3(_ request: RecordedRequest, parameters: String) -> Result {
        var result = Result(scheme: .acs3HMACSHA256)
        do throws(Failure) {
            try self.checkACS3(request, parameters: parameters, into: &result)
        } catch {
            result.failure = error
        }
        return result
    }

    private func checkACS3(_ request: RecordedRequest, parameters text: String, into result: inout Result)
        throws(Failure)
    {
        let parameters = try Self.authorizationParameters(text)
        for key in ["Credential", "SignedHeaders", "Signature"] where parameters[key, default: ""].isEmpty {
            throw .malformedAuthorization("missing \(key)")
        }
        let accessKeyID = parameters["Credential", default: ""]
        let received = parameters["Signature", default: ""]
        result.accessKeyID = accessKeyID
        let secret = try self.secret(for: accessKeyID)

        _ = try Self.required("x-acs-date", in: request)
        _ = try Self.required("x-acs-signature-nonce", in: request)
        let declaredHash = try Self.required("x-acs-content-sha256", in: request)
        let payloadHash = Digest.sha256(request.body).hexString
        guard declaredHash == payloadHash else {
            throw .payloadDigestMismatch(header: "x-acs-content-sha256", received: declaredHash, computed: payloadHash)
        }

        let signed = try Self.signedHeaderNames(parameters["SignedHeaders", default: ""])
        var mustSign: Set<String> = ["host"]
        for field in request.headers {
            let name = field.name.lowercased()
            if name.hasPrefix("x-acs-") || name == "content-type" { mustSign.insert(name) }
        }
        if let missing = mustSign.sorted().first(where: { !signed.contains($0) }) { throw .unsignedHeader(missing) }

        let canonicalRequest = [
            request.method,
            try Self.canonicalURI(request),
            Self.canonicalQueryString(try Self.decodedQuery(request)),
            try Self.canonicalHeaders(signed, in: request, collapseSpaces: false),
            signed.joined(separator: ";"),
            payloadHash,
        ].joined(separator: "\n")
        result.canonicalRequest = canonicalRequest
        let stringToSign = "ACS3-HMAC-SHA256\n" + Digest.sha256(Array(canonicalRequest.utf8)).hexString
        result.stringToSign = stringToSign

        let computed = HMAC.sha256(key: Array(secret.utf8), message: Array(stringToSign.utf8)).hexString
        guard Self.constantTimeEqual(received.lowercased(), computed) else {
            throw .signatureMismatch(received: received, computed: computed)
        }
    }
}
