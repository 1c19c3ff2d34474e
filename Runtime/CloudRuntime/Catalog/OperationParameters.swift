import Foundation

/// The JSON coding behind ``OperationCatalogEntry``: parameters in, responses out.
enum OperationParameters {
    /// Decodes a JSON object of wire-named parameters into a request type.
    /// - Throws: ``OperationParameterError`` naming the parameter that does not fit.
    static func decode<Request: Decodable>(_ type: Request.Type, from data: Data, operation: String) throws -> Request {
        // A request without fields reads nothing, so its decoder alone would accept any JSON at all.
        let first = data.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        guard first == UInt8(ascii: "{") else {
            throw OperationParameterError(
                operation: operation, parameter: "", reason: "the parameters are not a JSON object")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw OperationParameterError(operation: operation, decoding: error)
        }
    }

    /// Decodes a response body; a blank body reads as `{}`, as the client does for empty answers.
    static func decodeResponse<Response: ServiceResponse>(_ type: Response.Type, from body: Data) throws -> Response {
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return try JSONDecoder().decode(type, from: isBlank ? Data("{}".utf8) : body)
    }

    /// Encodes a response as JSON with sorted keys, so the same response always gives the same bytes.
    static func encode<Response: Encodable>(_ response: Response) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(response)
    }
}
