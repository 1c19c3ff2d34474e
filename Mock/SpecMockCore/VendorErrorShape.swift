import CloudTestSupport

/// The error body a vendor's gateway answers with.
public enum VendorErrorShape: String, Sendable, Hashable {
    /// Alibaba Cloud: `{"code","message","requestId"}` plus the `x-acs-request-id` header.
    case alibaba
    /// Kingsoft Cloud: `{"RequestId", "Error": {"Type","Code","Message"}}`.
    case kingsoft

    /// A vendor-shaped error answer.
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - code: The vendor error code, e.g. `MissingParameter`.
    ///   - message: The explanation.
    ///   - requestID: The request ID to report.
    /// - Returns: The answer.
    func error(status: Int, code: String, message: String, requestID: String) -> MockResponse {
        switch self {
        case .alibaba:
            .ackError(status: status, code: code, message: message, requestID: requestID)
        case .kingsoft:
            .kingsoftError(status: status, type: "Sender", code: code, message: message, requestID: requestID)
        }
    }

    /// Answer for a request no operation matches.
    func unknownRoute(_ what: String, requestID: String) -> MockResponse {
        switch self {
        case .alibaba:
            self.error(
                status: 404, code: "InvalidAction.NotFound",
                message: "Specified api is not found, please check your url and method: \(what)", requestID: requestID)
        case .kingsoft:
            self.error(
                status: 404, code: "InvalidAction",
                message: "The action \(what) is not valid for this web service.", requestID: requestID)
        }
    }

    /// Answer for an RPC action sent with an HTTP method its `x-rpc-methods` (or the service's
    /// `x-sdk.rpc.methods`) leaves out: 400 with Kingsoft's `InvalidMethod` and the text of its common
    /// error table (the method in the table's one placeholder), or Alibaba's `UnsupportedHTTPMethod`.
    func unsupportedMethod(_ method: String, requestID: String) -> MockResponse {
        switch self {
        case .alibaba:
            self.error(
                status: 400, code: "UnsupportedHTTPMethod", message: "This http method is not supported.",
                requestID: requestID)
        case .kingsoft:
            self.error(
                status: 400, code: "InvalidMethod",
                message: "The method \(method) for is not valid for this web service.",
                requestID: requestID)
        }
    }

    /// Answer for a request that lacks a required parameter: 400 `MissingParameter`, with the
    /// message text of the vendor's documentation (Kingsoft's common error table).
    func missingParameter(_ name: String, requestID: String) -> MockResponse {
        let message =
            switch self {
            case .alibaba:
                "The input parameter \"\(name)\" that is mandatory for processing this request is not supplied."
            case .kingsoft: "An value must be supplied for the input parameter \"\(name)\"."
            }
        return self.error(status: 400, code: "MissingParameter", message: message, requestID: requestID)
    }

    /// Answer for a request that names an API version the operation does not have.
    func invalidVersion(_ version: String, expected: [String], requestID: String) -> MockResponse {
        self.error(
            status: 400, code: "InvalidVersion",
            message: "Specified version \"\(version)\" is not valid; expected "
                + expected.sorted().joined(separator: " or ") + ".",
            requestID: requestID)
    }
}
