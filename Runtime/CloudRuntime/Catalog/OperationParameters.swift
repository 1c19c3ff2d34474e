import Foundation

/// The JSON coding behind ``OperationCatalogEntry``: parameters in, responses out.
enum OperationParameters {
    /// Decodes a JSON object of wire-named parameters into a request type.
    ///
    /// - Parameters:
    ///   - parameters: The operation's parameters: a value of the wrong type is repeated in the error
    ///     when it is one of these, at the top level, and not a secret.
    /// - Throws: ``OperationParameterError`` naming the parameter that does not fit.
    static func decode<Request: Decodable>(
        _ type: Request.Type, from data: Data, operation: String, parameters: [OperationParameter] = []
    ) throws -> Request {
        // A request without fields reads nothing, so its decoder alone would accept any JSON at all.
        let first = data.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        guard first == UInt8(ascii: "{") else {
            throw OperationParameterError(
                operation: operation, parameter: "", reason: "the parameters are not a JSON object")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            var failure = OperationParameterError(operation: operation, decoding: error)
            if let value = Self.shownValue(of: error, in: data, parameters: parameters) {
                failure.reason += ", not \(value)"
            }
            throw failure
        }
    }

    /// The longest repeated value; longer ones are cut with `…`.
    static let shownValueLimit = 60

    /// The value a wrong-type error is about, as compact JSON, when it may be shown: a top-level
    /// parameter the operation lists and does not mark secret.
    private static func shownValue(of error: any Error, in data: Data, parameters: [OperationParameter]) -> String? {
        guard case .typeMismatch(_, let context) = error as? DecodingError, context.codingPath.count == 1,
            let name = context.codingPath.first?.stringValue,
            parameters.contains(where: { $0.name == name && !$0.isSecret }),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let value = object[name],
            let json = try? JSONSerialization.data(
                withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        let text = String(decoding: json, as: UTF8.self).lineBreaksEscaped
        return text.count > Self.shownValueLimit ? String(text.prefix(Self.shownValueLimit - 1)) + "…" : text
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
