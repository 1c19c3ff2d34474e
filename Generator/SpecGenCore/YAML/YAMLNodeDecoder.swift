/// Decodes `Decodable` values straight from a ``YAMLNode`` tree.
///
/// Scalars are resolved by the type asked for, as a YAML library does and unlike a detour through JSON:
/// `version: 1.0` is the string "1.0" when a `String` is decoded, and the number 1.0 when a `Double` is.
/// Booleans, integers, floats and nulls follow the YAML 1.2 core schema, and only plain scalars can be
/// any of them (a quoted `'1'` is a string). Mapping keys are listed in document order, so OpenAPIKit's
/// ordered dictionaries keep the order of the file.
public struct YAMLNodeDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes a value, reporting a failure as a ``DiagnosticsError`` at the node where it happened.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - node: The root node.
    /// - Returns: The decoded value.
    /// - Throws: ``DiagnosticsError`` with one error located at the failing node (the parent mapping for a
    ///   missing key).
    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws(DiagnosticsError) -> T {
        do {
            return try self.decodeRaw(type, from: node)
        } catch let error as DecodingError {
            throw DiagnosticsError([YAMLDecodingFailure(error).diagnostic(root: node)])
        } catch {
            throw DiagnosticsError([.error("\(error)", at: node.location)])
        }
    }

    /// Decodes a value and lets the type's own error through, for callers that explain errors of a
    /// particular library themselves.
    public func decodeRaw<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws -> T {
        try T(from: NodeDecoding(node: node, codingPath: []))
    }
}

/// The `Decoder` for one node.
final class NodeDecoding: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: YAMLNode, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = self.node.pairs else {
            throw self.mismatch([String: Any].self, expected: "a mapping")
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(pairs: pairs, node: self.node, codingPath: self.codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = self.node.items else {
            throw self.mismatch([Any].self, expected: "a sequence")
        }
        return UnkeyedNodeContainer(items: items, codingPath: self.codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(node: self.node, codingPath: self.codingPath)
    }

    func mismatch(_ type: Any.Type, expected: String) -> DecodingError {
        .typeMismatch(
            type,
            .init(codingPath: self.codingPath, debugDescription: "expected \(expected), found \(self.node.kindDescription)"))
    }
}

/// A key built by the decoder for sequence indexes and super-decoders.
struct NodeCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }

    static let `super` = NodeCodingKey(stringValue: "super")
}
