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
        let body = jsonText(["code": .string(code), "message": .string(message), "requestId": .string(requestID)])
        return .json(body, status: status, headers: ["x-acs-request-id": requestID])
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
        let error = JSONText.object(["Type": .string(type), "Code": .string(code), "Message": .string(message)])
        return .json(jsonText(["RequestId": .string(requestID), "Error": error]), status: status)
    }

    /// A JSON answer encoding `value` with sorted keys, so the bytes are the same on every run.
    /// - Throws: The encoder's error when `value` cannot be encoded.
    public static func json(
        encoding value: some Encodable, status: Int = 200, headers: HTTPHeaders = HTTPHeaders()
    ) throws -> MockResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return .json(String(decoding: data, as: UTF8.self), status: status, headers: headers)
    }

    private static func jsonText(_ members: [String: JSONText]) -> String {
        JSONText.object(members).rendered
    }
}

/// The little JSON the error helpers need, rendered with sorted keys and full string escaping.
enum JSONText: Sendable {
    case string(String)
    case object([String: JSONText])

    /// Compact JSON text.
    var rendered: String {
        switch self {
        case .string(let text):
            return Self.quote(text)
        case .object(let members):
            let parts = members.keys.sorted().map { key in Self.quote(key) + ":" + (members[key]?.rendered ?? "null") }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    private static func quote(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
