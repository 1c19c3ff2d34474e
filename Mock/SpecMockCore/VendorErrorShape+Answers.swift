import CloudRuntime
import CloudTestSupport

extension VendorErrorShape {
    /// Answer for a parameter whose value the spec does not allow.
    ///
    /// Alibaba answers 400 `InvalidParameter`; Kingsoft 400 `InvalidParameterValue` with the
    /// message its common error table gives, followed by the reason.
    /// - Parameters:
    ///   - name: The parameter's wire name, e.g. `Filter.1.Value.2` or `cluster_type`.
    ///   - reason: Why the value is refused; never quotes a secret.
    ///   - requestID: The request ID to report.
    /// - Returns: The answer.
    func invalidParameter(_ name: String, reason: String, requestID: String) -> MockResponse {
        switch self {
        case .alibaba:
            self.error(
                status: 400, code: "InvalidParameter",
                message: "The specified parameter \"\(name)\" is not valid: \(reason)", requestID: requestID)
        case .kingsoft:
            self.error(
                status: 400, code: "InvalidParameterValue",
                message: "An invalid or out-of-range value was supplied for the input parameter \"\(name)\": \(reason)",
                requestID: requestID)
        }
    }

    /// Answer for a request refused by flow control: Alibaba 429 `Throttling.User`, Kingsoft 409
    /// `LimitExceeded` (the status and text of Kingsoft's common error table).
    /// - Parameters:
    ///   - retryAfter: Seconds for the `Retry-After` header; nil sends none.
    ///   - requestID: The request ID to report.
    /// - Returns: The answer.
    func throttled(retryAfter: Int?, requestID: String) -> MockResponse {
        var response: MockResponse
        switch self {
        case .alibaba:
            response = self.error(
                status: 429, code: "Throttling.User", message: "Request was denied due to user flow control.",
                requestID: requestID)
        case .kingsoft:
            response = self.error(
                status: 409, code: "LimitExceeded",
                message: "Request was rejected because the request speed of this openAPI is beyond the current "
                    + "flow control limit.",
                requestID: requestID)
        }
        if let retryAfter { response.headers.add(name: "Retry-After", value: String(retryAfter)) }
        return response
    }

    /// Answer with a chosen status, as a fault rule asks: code `ServiceUnavailable` for 5xx,
    /// `InjectedFault` otherwise.
    /// - Parameters:
    ///   - status: The HTTP status, e.g. 503.
    ///   - retryAfter: Seconds for the `Retry-After` header; nil sends none.
    ///   - requestID: The request ID to report.
    /// - Returns: The answer.
    func injectedStatus(_ status: Int, retryAfter: Int?, requestID: String) -> MockResponse {
        let code = status >= 500 ? "ServiceUnavailable" : "InjectedFault"
        let message =
            status >= 500
            ? "The request has failed due to a temporary failure of the server."
            : "The mock server answered \(status) as its fault rules ask."
        var response = self.error(status: status, code: code, message: message, requestID: requestID)
        if let retryAfter { response.headers.add(name: "Retry-After", value: String(retryAfter)) }
        return response
    }

    /// Answer for a resource the stateful mock does not hold.
    /// - Parameters:
    ///   - code: The vendor's code, e.g. `ErrorClusterNotFound`.
    ///   - message: The explanation, naming the ID.
    ///   - requestID: The request ID to report.
    /// - Returns: A 404 answer.
    func notFound(code: String, message: String, requestID: String) -> MockResponse {
        self.error(status: 404, code: code, message: message, requestID: requestID)
    }
}
