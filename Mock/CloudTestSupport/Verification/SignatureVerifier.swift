/// Checks request signatures by recomputing them from the bytes a server received.
///
/// It implements the three schemes from the vendors' documentation, independently of the
/// runtime's signers, so a test can catch a signer's mistake:
/// - Alibaba ACS v1 (ROA): `Authorization: acs AK:Base64(HMAC-SHA1(secret, StringToSign))`;
/// - Alibaba `ACS3-HMAC-SHA256`;
/// - Kingsoft `AWS4-HMAC-SHA256` (SigV4), in the `Authorization` header or in the query (`X-Amz-Signature`).
///
/// The scheme is detected from the `Authorization` header. The result says exactly why a check
/// failed and carries the canonical request and string-to-sign the verifier computed; it never
/// contains a secret. Request timestamps are not checked for freshness, so tests may sign with a fixed clock.
///
/// ```swift
/// let verifier = SignatureVerifier(credentials: ["AKID": "secret"])
/// let result = verifier.verify(server.requests[0])
/// #expect(result.isValid, "\(result)")
/// ```
public struct SignatureVerifier: Sendable {
    /// A signature scheme the verifier understands.
    public enum Scheme: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Alibaba ACS v1 for ROA APIs: HMAC-SHA1 over headers and resource.
        case acsHMACSHA1 = "acs"
        /// Alibaba V3: `ACS3-HMAC-SHA256`.
        case acs3HMACSHA256 = "ACS3-HMAC-SHA256"
        /// AWS Signature Version 4, as Kingsoft Cloud uses it.
        case aws4HMACSHA256 = "AWS4-HMAC-SHA256"

        /// The scheme's name as the vendors write it.
        public var description: String {
            self == .acsHMACSHA1 ? "ACS v1 (HMAC-SHA1)" : self.rawValue
        }
    }

    /// Secrets by access key ID.
    public var credentials: [String: String]

    /// Creates a verifier that knows these access keys.
    /// - Parameter credentials: Secrets keyed by access key ID.
    public init(credentials: [String: String]) {
        self.credentials = credentials
    }

    /// Verifies the signature of a received request.
    /// - Parameter request: The request as received (target, headers and body exactly as on the wire).
    /// - Returns: The outcome, with the detected scheme and the verifier's canonical forms.
    public func verify(_ request: RecordedRequest) -> Result {
        let authorization = request.headers["Authorization"]?.trimmingSpaces
        if let authorization, !authorization.isEmpty {
            let schemeWord = String(authorization.prefix { $0 != " " })
            let parameters = String(authorization.dropFirst(schemeWord.count)).trimmingSpaces
            switch schemeWord {
            case "acs": return self.verifyACSV1(request, credential: parameters)
            case Scheme.acs3HMACSHA256.rawValue: return self.verifyACS3(request, parameters: parameters)
            case Scheme.aws4HMACSHA256.rawValue: return self.verifyAWS4(request, headerParameters: parameters)
            default: return Result(scheme: nil, failure: .unsupportedScheme(schemeWord))
            }
        }
        let queryNames = URIComponentCoding.splitPairs(request.rawQuery ?? "").map(\.name)
        if queryNames.contains("X-Amz-Signature") || queryNames.contains("X-Amz-Algorithm") {
            return self.verifyAWS4(request, headerParameters: nil)
        }
        return Result(scheme: nil, failure: .missingAuthorization)
    }

    /// Looks up a secret, failing with the unknown key's ID.
    func secret(for accessKeyID: String) throws(Failure) -> String {
        guard let secret = self.credentials[accessKeyID] else { throw .unknownAccessKey(accessKeyID) }
        return secret
    }
}
