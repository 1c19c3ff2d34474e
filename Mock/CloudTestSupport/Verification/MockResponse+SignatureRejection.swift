import CloudRuntime

extension MockResponse {
    /// The answer the vendor's gateway gives for a request whose signature check failed.
    ///
    /// ACS schemes get Alibaba's shape (status 400, `SignatureDoesNotMatch` with the server's
    /// string-to-sign in the message, as Alibaba's gateway does); AWS4 gets Kingsoft's (status 403
    /// with the fixed message). Without any signature, a request carrying `x-acs-*` headers counts as Alibaba's.
    static func signatureRejection(for check: SignatureVerifier.Result, request: RecordedRequest) -> MockResponse {
        let requestID = "mock-request-\(request.sequenceNumber)"
        let failure = check.failure ?? .missingAuthorization
        let isAlibaba: Bool
        switch check.scheme {
        case .acsHMACSHA1, .acs3HMACSHA256: isAlibaba = true
        case .aws4HMACSHA256: isAlibaba = false
        case nil: isAlibaba = request.headers.contains { $0.name.lowercased().hasPrefix("x-acs-") }
        }
        return isAlibaba
            ? alibabaRejection(failure, check: check, requestID: requestID)
            : kingsoftRejection(failure, requestID: requestID)
    }

    private static func alibabaRejection(
        _ failure: SignatureVerifier.Failure, check: SignatureVerifier.Result, requestID: String
    ) -> MockResponse {
        switch failure {
        case .signatureMismatch:
            let message =
                "Specified signature is not matched with our calculation. server string to sign is:"
                + (check.stringToSign ?? "")
            return .ackError(status: 400, code: "SignatureDoesNotMatch", message: message, requestID: requestID)
        case .payloadDigestMismatch:
            return .ackError(
                status: 400, code: "SignatureDoesNotMatch", message: failure.description, requestID: requestID)
        case .unknownAccessKey:
            return .ackError(
                status: 404, code: "InvalidAccessKeyId.NotFound", message: "Specified access key is not found.",
                requestID: requestID)
        default:
            return .ackError(
                status: 400, code: "IncompleteSignature", message: failure.description, requestID: requestID)
        }
    }

    private static func kingsoftRejection(_ failure: SignatureVerifier.Failure, requestID: String) -> MockResponse {
        let (status, code, message): (Int, String, String)
        switch failure {
        case .signatureMismatch:
            (status, code, message) = (
                403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided."
            )
        case .payloadDigestMismatch, .credentialScopeMismatch:
            (status, code, message) = (403, "SignatureDoesNotMatch", failure.description)
        case .unsignedHeader("host"):
            (status, code, message) = (
                403, "SignatureDoesNotMatch", "'Host' must be a 'SignedHeader' in the Authorization."
            )
        case .unknownAccessKey:
            (status, code, message) = (
                403, "InvalidClientTokenId", "The security token included in the request is invalid."
            )
        case .missingAuthorization:
            (status, code, message) = (403, "MissingAuthenticationToken", "Request is missing Authentication Token.")
        default:
            (status, code, message) = (400, "IncompleteSignature", failure.description)
        }
        return .kingsoftError(status: status, type: "Sender", code: code, message: message, requestID: requestID)
    }
}
