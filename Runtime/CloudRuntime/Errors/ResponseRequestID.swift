import HTTPTypes

/// Finds the request ID of a response: the vendor's header first, then the body.
enum ResponseRequestID {
    /// Headers that carry the request ID, in order of preference.
    static let headerNames = [HTTPField.Name("x-acs-request-id")!]
    /// Top-level body members that carry the request ID (compared ignoring case).
    static let bodyKeys = ["RequestId", "request_id"]

    /// The request ID of `response`.
    ///
    /// - Parameters:
    ///   - response: The response.
    ///   - body: The response body.
    ///   - parsedBody: The body already parsed, to avoid parsing it twice; nil parses it here.
    /// - Returns: The ID, or nil when neither header nor body carries one.
    static func find(in response: HTTPResponse, body: [UInt8], parsedBody: JSONObjectBody? = nil) -> String? {
        for name in Self.headerNames {
            if let value = response.headerFields[name], !value.isEmpty { return value }
        }
        guard let body = parsedBody ?? JSONObjectBody(body) else { return nil }
        for key in Self.bodyKeys {
            if let value = body.string(forKey: key), !value.isEmpty { return value }
        }
        return nil
    }
}
