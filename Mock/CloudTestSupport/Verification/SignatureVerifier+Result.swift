extension SignatureVerifier {
    /// Why a signature check failed. No case ever carries a secret.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// No `Authorization` header and no signature in the query.
        case missingAuthorization
        /// The `Authorization` header names a scheme the verifier does not know.
        case unsupportedScheme(String)
        /// The `Authorization` header (or the query signature) cannot be parsed; the text says how.
        case malformedAuthorization(String)
        /// A header the scheme requires is absent.
        case missingHeader(String)
        /// A header is present but has a value the scheme does not allow.
        case invalidHeader(name: String, reason: String)
        /// A header that must be signed is not in `SignedHeaders`.
        case unsignedHeader(String)
        /// The query string has a malformed percent escape.
        case malformedQuery(String)
        /// The access key ID is not one the verifier knows.
        case unknownAccessKey(String)
        /// A body digest header does not match the body received.
        case payloadDigestMismatch(header: String, received: String, computed: String)
        /// The credential scope does not fit the request (date, terminator).
        case credentialScopeMismatch(String)
        /// The signature differs from the one the verifier computed from the received request.
        case signatureMismatch(received: String, computed: String)

        /// A one-line explanation for test failure messages.
        public var description: String {
            switch self {
            case .missingAuthorization: "no Authorization header and no signature in the query"
            case .unsupportedScheme(let word): "unsupported signature scheme \"\(word)\""
            case .malformedAuthorization(let reason): "malformed authorization: \(reason)"
            case .missingHeader(let name): "missing header \(name)"
            case .invalidHeader(let name, let reason): "invalid header \(name): \(reason)"
            case .unsignedHeader(let name): "header \(name) must be signed but is not in SignedHeaders"
            case .malformedQuery(let reason): "malformed query: \(reason)"
            case .unknownAccessKey(let id): "unknown access key ID \"\(id)\""
            case .payloadDigestMismatch(let header, let received, let computed):
                "\(header) is \(received) but the body received hashes to \(computed)"
            case .credentialScopeMismatch(let reason): "credential scope mismatch: \(reason)"
            case .signatureMismatch(let received, let computed):
                "signature mismatch: received \(received), computed \(computed) from the request received"
            }
        }
    }

    /// The outcome of verifying one request.
    public struct Result: Sendable, Hashable, CustomStringConvertible {
        /// The scheme detected from the request; nil when none could be detected.
        public var scheme: Scheme?
        /// The access key ID the request claims.
        public var accessKeyID: String?
        /// Why the check failed; nil when the signature is valid.
        public var failure: Failure?
        /// The canonical request the verifier built (ACS3 and AWS4); nil for ACS v1 or when it failed before.
        public var canonicalRequest: String?
        /// The string-to-sign the verifier built from the received request; nil when it failed before that.
        public var stringToSign: String?
        /// The AWS4 credential scope, `YYYYMMDD/region/service/aws4_request`.
        public var credentialScope: String?

        /// Creates a result.
        public init(
            scheme: Scheme?, accessKeyID: String? = nil, failure: Failure? = nil, canonicalRequest: String? = nil,
            stringToSign: String? = nil, credentialScope: String? = nil
        ) {
            self.scheme = scheme
            self.accessKeyID = accessKeyID
            self.failure = failure
            self.canonicalRequest = canonicalRequest
            self.stringToSign = stringToSign
            self.credentialScope = credentialScope
        }

        /// True when the signature matched and every check passed.
        public var isValid: Bool {
            self.failure == nil
        }

        /// One paragraph for test failure messages: verdict, scheme, key ID, and the verifier's string-to-sign.
        public var description: String {
            var text = self.failure.map { "invalid signature: \($0)" } ?? "valid signature"
            if let scheme = self.scheme { text += "; scheme \(scheme)" }
            if let accessKeyID = self.accessKeyID { text += "; access key \(accessKeyID)" }
            if let canonicalRequest = self.canonicalRequest { text += "\ncanonical request:\n\(canonicalRequest)" }
            if let stringToSign = self.stringToSign { text += "\nstring to sign:\n\(stringToSign)" }
            return text
        }
    }
}
