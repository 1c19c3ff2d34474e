import CloudRuntime
import Foundation

extension MockResponse {
    /// An Alibaba Cloud (ACK, ROA) error: body `{"code","message","requestId"}` and header `x-acs-request-id`.
    /// - Parameters:
    ///   - status: The status code, e.g. 400 or 404.
    ///   - code: The error code, e.g. `ErrorClusterNotFound`.
    ///   - message: The human-readable message.
    ///   - requestID: The request ID, sent both in the body and in `x-acs-request-id`.
    /// - Returns: A JSON answer shaped like Alibaba's gateway errors.
    public static func ackError(status: Int, code: String, message: String, requestID: String) -> MockResponse {
        let body = ACKErrorBody(code: code, message: message, requestId: requestID)
        return .json(Self.compactJSON(body), status: status, headers: ["x-acs-request-id": requestID])
    }

    /// A Kingsoft Cloud (KCE/KCR, RPC) error: body `{"RequestId", "Error": {"Type","Code","Message"}}`.
    /// - Parameters:
    ///   - status: The status code, e.g. 400 or 403.
    ///   - type: The error type, `Sender` or `Receiver`.
    ///   - code: The error code, e.g. `InvalidParameterValue`.
    ///   - message: The human-readable message.
    ///   - requestID: The request ID.
    /// - Returns: A JSON answer shaped like Kingsoft's gateway errors.
    public static func kingsoftError(
        status: Int, type: String = "Sender", code: String, message: String, requestID: String
    ) -> MockResponse {
        let body = KingsoftErrorBody(requestID: requestID, error: .init(type: type, code: code, message: message))
        return .json(Self.compactJSON(body), status: status)
    }

    /// A JSON answer encoding `value` with sorted keys, so the bytes are the same on every run.
    /// - Throws: The encoder's error when `value` cannot be encoded.
    public static func json(
        encoding value: some Encodable, status: Int = 200, headers: HTTPHeaders = HTTPHeaders()
    ) throws -> MockResponse {
        .json(try Self.encodedText(value), status: status, headers: headers)
    }

    private static func encodedText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Error bodies hold only strings, which always encode.
    private static func compactJSON(_ value: some Encodable) -> String {
        (try? Self.encodedText(value)) ?? "{}"
    }
}

/// Alibaba's error body.
private struct ACKErrorBody: Encodable {
    let code: String
    let message: String
    let requestId: String
}

/// Kingsoft's error body.
private struct KingsoftErrorBody: Encodable {
    struct Detail: Encodable {
        let type: String
        let code: String
        let message: String

        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case code = "Code"
            case message = "Message"
        }
    }

    let requestID: String
    let error: Detail

    enum CodingKeys: String, CodingKey {
        case requestID = "RequestId"
        case error = "Error"
    }
}
