/// The service answered, with an error status (4xx or 5xx).
///
/// The vendor's error body is parsed into ``code``, ``message`` and ``requestID``; both vendors'
/// shapes are understood:
///
/// - Alibaba Cloud: `{"code": "...", "message": "...", "requestId": "..."}` (any letter case of the
///   keys), the request ID also in the `x-acs-request-id` header;
/// - Kingsoft Cloud: `{"RequestId": "...", "Error": {"Type": "...", "Code": "...", "Message": "..."}}`.
///
/// A body that is not JSON (an HTML page from a proxy or load balancer) still yields a
/// `ServiceError`: ``code`` is nil and ``message`` holds the start of the body. Messages are
/// passed through `LogRedaction` so that a server quoting the request cannot leak a signature.
public struct ServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status code.
    public var httpStatus: Int
    /// The vendor's error code, for example `ErrorClusterNotFound` or `InvalidParameterValue`; nil when
    /// the body carried none.
    public var code: String?
    /// The vendor's explanation, or the start of a body that is not a vendor error.
    public var message: String?
    /// The request ID to quote to the vendor's support, from the body or the `x-acs-request-id` header.
    public var requestID: String?
    /// The operation that failed, for example `DescribeClusterDetail`.
    public var operation: String?
    /// Kingsoft's error type (`Sender` for a problem with the request, `Receiver` for a server fault), when given.
    public var errorType: String?
    /// How many attempts the call made, retries included; 1 when it was not retried.
    public var attempts: Int = 1

    /// Creates a service error from its parts.
    ///
    /// - Parameters:
    ///   - httpStatus: The HTTP status code.
    ///   - code: The vendor's error code.
    ///   - message: The vendor's explanation.
    ///   - requestID: The request ID.
    ///   - operation: The operation that failed.
    ///   - errorType: The vendor's error type.
    public init(
        httpStatus: Int, code: String? = nil, message: String? = nil, requestID: String? = nil, operation: String,
        errorType: String? = nil
    ) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.requestID = requestID
        self.operation = operation
        self.errorType = errorType
    }

    /// Whether the service blamed the request (4xx) rather than itself (5xx).
    public var isClientError: Bool {
        (400..<500).contains(self.httpStatus)
    }

    /// For example `ServiceError(DescribeClusterDetail, HTTP 404, code: ErrorClusterNotFound,
    /// message: "cluster not found", requestID: 6870...)`.
    public var description: String {
        var parts = [self.operation ?? "call", "HTTP \(self.httpStatus)"]
        if let code = self.code { parts.append("code: \(code)") }
        if let errorType = self.errorType { parts.append("type: \(errorType)") }
        // A server's message stays on the description's one line.
        if let message = self.message { parts.append("message: \"\(message.lineBreaksEscaped)\"") }
        if let requestID = self.requestID { parts.append("requestID: \(requestID)") }
        if self.attempts > 1 { parts.append("attempts: \(self.attempts)") }
        return "ServiceError(" + parts.joined(separator: ", ") + ")"
    }
}
