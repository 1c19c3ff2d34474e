import Foundation
import HTTPTypes

extension ServiceError {
    /// The longest body excerpt kept as the message of a body that is not a vendor error.
    static let snippetLimit = 200

    /// Parses an error response.
    ///
    /// - Parameters:
    ///   - response: A response with an error status.
    ///   - body: The response body.
    ///   - operation: The operation that was called.
    public init(response: HTTPResponse, body: [UInt8], operation: String) {
        let object = JSONObjectBody(body)
        let nested = object?.object(forKey: "Error")
        let code = nested?.string(forKey: "Code") ?? object?.string(forKey: "Code")
        let message = nested?.string(forKey: "Message") ?? object?.string(forKey: "Message")
        let errorType = nested?.string(forKey: "Type")

        let text: String?
        if code != nil || message != nil {
            text = message
        } else {
            // Not a vendor error body: keep what the server said, shortened, so the cause is visible.
            text = Self.snippet(of: body)
        }
        self.init(
            httpStatus: response.status.code,
            code: code,
            message: text.map(LogRedaction.redact(text:)),
            requestID: ResponseRequestID.find(in: response, body: body, parsedBody: object),
            operation: operation,
            errorType: errorType)
    }

    /// The start of a body as one line: whitespace runs collapsed, cut at ``snippetLimit`` characters, nil when empty.
    static func snippet(of body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(Self.snippetLimit * 4), as: UTF8.self)
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        guard !words.isEmpty else { return nil }
        let line = words.joined(separator: " ")
        guard line.count > Self.snippetLimit || body.count > Self.snippetLimit * 4 else { return line }
        return String(line.prefix(Self.snippetLimit)) + "…"
    }
}
