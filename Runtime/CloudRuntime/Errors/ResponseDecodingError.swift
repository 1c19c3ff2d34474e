/// The service answered with success (2xx), but the body did not decode into the expected response type.
///
/// This usually means the service returned a field in a shape the API description does not
/// promise. The description names the failing field path but never quotes the body, which may
/// hold secrets (a kubeconfig, a password).
public struct ResponseDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status code.
    public var httpStatus: Int
    /// The request ID, when the response carried one.
    public var requestID: String?
    /// The operation whose response failed to decode.
    public var operation: String
    /// What went wrong, for example `at ClusterSet.0.ClusterId: expected String, found a number`.
    public var underlying: String

    /// Creates a decoding error.
    ///
    /// - Parameters:
    ///   - httpStatus: The HTTP status code.
    ///   - requestID: The request ID.
    ///   - operation: The operation.
    ///   - underlying: A description of the decoding failure, free of body content.
    public init(httpStatus: Int, requestID: String?, operation: String, underlying: String) {
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.operation = operation
        self.underlying = underlying
    }

    /// Creates a decoding error from the error a `Decoder` threw.
    ///
    /// - Parameters:
    ///   - httpStatus: The HTTP status code.
    ///   - requestID: The request ID.
    ///   - operation: The operation.
    ///   - error: The decoder's error.
    public init(httpStatus: Int, requestID: String?, operation: String, decoding error: any Error) {
        self.init(
            httpStatus: httpStatus, requestID: requestID, operation: operation,
            underlying: Self.describe(error))
    }

    /// For example `ResponseDecodingError(DescribeClusters, HTTP 200, requestID: 1A2B, at clusters.0.size: ...)`.
    public var description: String {
        var parts = [self.operation, "HTTP \(self.httpStatus)"]
        if let requestID = self.requestID { parts.append("requestID: \(requestID)") }
        parts.append(self.underlying)
        return "ResponseDecodingError(" + parts.joined(separator: ", ") + ")"
    }

    /// A one-line account of a decoding error: the field path and the decoder's explanation.
    static func describe(_ error: any Error) -> String {
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
