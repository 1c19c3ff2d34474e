import Foundation

extension RecordedRequest {
    /// Decodes the body as JSON (ROA request bodies).
    /// - Parameter type: The type to decode.
    /// - Returns: The decoded value.
    /// - Throws: The decoder's error when the body is not valid JSON for `type`.
    public func decodeJSONBody<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(self.body))
    }

    /// The body parsed as a JSON object with string keys, for spot checks of individual members.
    /// - Returns: The object, or nil when the body is not a JSON object.
    public func jsonObjectBody() -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(self.body))) as? [String: Any]
    }
}
