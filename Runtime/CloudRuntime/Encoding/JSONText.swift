import Foundation

/// Deterministic JSON text for request parameters and bodies.
enum JSONText {
    /// Encodes a value with sorted keys and unescaped slashes, so equal values always give equal bytes,
    /// after checking that every structure in it has the members its spec requires.
    ///
    /// - Throws: ``RequestEncodingError`` naming the parameter when a required member is missing or the
    ///   value cannot be encoded (a NaN, say).
    static func encodeBytes(
        _ value: some Encodable, parameter: String?, requiring members: [String] = []
    ) throws -> [UInt8] {
        try RequiredMembersCheck.check(value, parameter: parameter, requiring: members)
        do {
            return try WireJSONEncoder.bytes(value)
        } catch {
            let subject = parameter.map { "parameter '\($0)'" } ?? "the request body"
            throw RequestEncodingError(parameter: parameter, message: "Cannot encode \(subject) as JSON: \(error).")
        }
    }

    /// Like ``encodeBytes(_:parameter:)``, as a string.
    static func encode(_ value: some Encodable, parameter: String?) throws -> String {
        String(decoding: try self.encodeBytes(value, parameter: parameter), as: UTF8.self)
    }
}
