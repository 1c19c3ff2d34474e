import Foundation

/// Encodes values as the JSON the SDK sends: sorted keys, unescaped slashes, integral numbers
/// without a fraction, and each structure's ``UndocumentedFields`` merged into its object.
///
/// Use it to print or store a response as the service sent it; `JSONEncoder` would write the
/// undocumented members as one member named `undocumentedFields` instead. Equal values always give
/// equal bytes, so a signed body is reproducible.
///
/// ```swift
/// let json = try WireJSONEncoder().encode(cluster)
/// ```
public struct WireJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The JSON text of a value.
    ///
    /// - Throws: `EncodingError.invalidValue` for a number JSON cannot hold (NaN, an infinity).
    public func encode(_ value: some Encodable) throws -> Data {
        Data(try Self.bytes(value))
    }

    /// The JSON text of a value, as bytes. The value is first built as a tree of ``EncodedJSON``
    /// nodes (containers hand out references into it, as `Encoder` requires), then written in one pass.
    static func bytes(_ value: some Encodable) throws -> [UInt8] {
        let root = EncodedJSON()
        try TreeEncoder(node: root, codingPath: []).encodeValue(value)
        var output: [UInt8] = []
        output.reserveCapacity(256)
        root.write(to: &output)
        return output
    }
}

/// One value of the tree being encoded.
final class EncodedJSON {
    enum Content {
        /// Nothing encoded yet; written as `{}`, as a value that opened no container.
        case pending
        /// A string, escaped when written.
        case string(String)
        /// A number, `true`, `false` or `null`, as JSON text.
        case literal(String)
        case object([String: EncodedJSON])
        case array([EncodedJSON])
    }

    var content = Content.pending

    func write(to output: inout [UInt8]) {
        switch self.content {
        case .pending:
            output += "{}".utf8
        case .string(let text):
            Self.writeString(text, to: &output)
        case .literal(let text):
            output += text.utf8
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            // Sorted by UTF-8 bytes, as `JSONEncoder`'s `.sortedKeys`.
            let names = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, name) in names.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(name, to: &output)
                output.append(UInt8(ascii: ":"))
                members[name]!.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    /// A string as JSON text: quotes, backslashes and control characters escaped, nothing else.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case 0x0A: output += "\\n".utf8
            case 0x0D: output += "\\r".utf8
            case 0x09: output += "\\t".utf8
            case 0x08: output += "\\b".utf8
            case 0x0C: output += "\\f".utf8
            case 0..<0x20:
                output += "\\u00".utf8
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A floating-point number as JSON text; integral values without a fraction (`2`, not `2.0`).
    static func numberText<F: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: F, codingPath: [any CodingKey]
    ) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
