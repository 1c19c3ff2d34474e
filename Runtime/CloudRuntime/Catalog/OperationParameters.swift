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

    /// Decodes a response body as the client does: a blank body reads as `{}`; the records name the
    /// operation.
    static func decodeResponse<Response: ServiceResponse>(
        _ type: Response.Type, from body: Data, mode: DecodingMode, operation: String
    ) throws -> (response: Response, drift: [ResponseDrift]) {
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var (response, drift) = try ResponseDecoder(mode: mode).decode(type, from: isBlank ? Data("{}".utf8) : body)
        for index in drift.indices { drift[index].operation = operation }
        return (response, drift)
    }

    /// Encodes a response as JSON with sorted keys, so the same response always gives the same bytes.
    static func encode<Response: Encodable>(_ response: Response) throws -> Data {
        try WireJSONEncoder().encode(response)
    }
}
