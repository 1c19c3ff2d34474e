/// The service answered with success (2xx), but the body could not be read: it is not JSON, or, in
/// strict mode (``DecodingMode/strict``), it differs from the spec.
///
/// In the default tolerant mode a JSON body always decodes; differences from the spec become
/// ``ResponseDrift`` records instead. The error keeps the body (up to ``bodyLimit`` bytes) so the
/// answer is never out of reach, but its description never quotes it: a body may hold secrets (a
/// kubeconfig, a password).
public struct ResponseDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The most body bytes an error keeps.
    public static let bodyLimit = 1 << 20

    /// The HTTP status code.
    public var httpStatus: Int
    /// The request ID, when the response carried one.
    public var requestID: String?
    /// The operation whose response failed to decode.
    public var operation: String?
    /// What went wrong, for example `not JSON at byte 17: expected ',' or '}'`.
    public var underlying: String
    /// The difference from the spec that failed a strict decode; nil for a body that is not JSON.
    public var drift: ResponseDrift?
    /// The body as received, cut at ``bodyLimit`` bytes.
    public var body: [UInt8]
    /// Whether ``body`` was cut.
    public var isBodyTruncated: Bool

    /// Creates a decoding error.
    ///
    /// - Parameters:
    ///   - httpStatus: The HTTP status code.
    ///   - requestID: The request ID.
    ///   - operation: The operation.
    ///   - underlying: A description of the failure, free of body content.
    ///   - drift: The difference from the spec that failed a strict decode.
    ///   - body: The body; bytes past ``bodyLimit`` are dropped.
    public init(
        httpStatus: Int, requestID: String?, operation: String, underlying: String, drift: ResponseDrift? = nil,
        body: some Collection<UInt8> = [UInt8]()
    ) {
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.operation = operation
        self.underlying = underlying
        self.drift = drift
        self.body = Array(body.prefix(Self.bodyLimit))
        self.isBodyTruncated = body.count > Self.bodyLimit
    }

    /// Creates a decoding error from what ``ResponseDecoder`` or another `Decoder` threw.
    ///
    /// - Parameters:
    ///   - httpStatus: The HTTP status code.
    ///   - requestID: The request ID.
    ///   - operation: The operation.
    ///   - error: The decoder's error.
    ///   - body: The body.
    public init(
        httpStatus: Int, requestID: String?, operation: String, decoding error: any Error,
        body: some Collection<UInt8> = [UInt8]()
    ) {
        var drift: ResponseDrift?
        if let violation = error as? StrictDecodingViolation {
            drift = violation.drift
            drift?.operation = operation
            drift?.requestID = requestID
        }
        self.init(
            httpStatus: httpStatus, requestID: requestID, operation: operation,
            underlying: drift.map { "differs from the spec at \($0.path): \($0.kind)" } ?? Self.describe(error),
            drift: drift, body: body)
    }

    /// For example `ResponseDecodingError(DescribeClusters, HTTP 200, requestID: 1A2B, not JSON at byte 0: ...)`.
    public var description: String {
        var parts = [self.operation ?? "call", "HTTP \(self.httpStatus)"]
        if let requestID = self.requestID { parts.append("requestID: \(requestID)") }
        parts.append(self.underlying)
        if let drift = self.drift {
            var detail = drift.declared.map { "\($0) declared" } ?? "not in the spec"
            if let observed = drift.observed { detail += ", \(observed) sent" }
            parts.append(detail)
        }
        return "ResponseDecodingError(" + parts.joined(separator: ", ") + ")"
    }

    /// A one-line account of a decoding error: the field path and the decoder's explanation.
    static func describe(_ error: any Error) -> String {
        if let failure = error as? JSONSyntaxError { return failure.description }
        guard let decodingError = error as? DecodingError else {
            return LogRedaction.redact(text: String(describing: type(of: error)))
        }
        let context: DecodingError.Context
        let summary: String
        switch decodingError {
        case .typeMismatch(let type, let found):
            context = found
            summary = "type mismatch, expected \(type)"
        case .valueNotFound(let type, let found):
            context = found
            summary = "missing value of type \(type)"
        case .keyNotFound(let key, let found):
            context = found
            summary = "missing key '\(key.stringValue)'"
        case .dataCorrupted(let found):
            context = found
            summary = "data corrupted"
        @unknown default:
            return "decoding failed"
        }
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        let location = path.isEmpty ? "at the top level" : "at \(path)"
        return "\(location): \(summary): \(LogRedaction.redact(text: context.debugDescription))"
    }
}
