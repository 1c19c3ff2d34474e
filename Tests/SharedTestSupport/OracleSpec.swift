import OpenAPIKit
import SpecGenCore

/// A spec folder as OpenAPIKit reads it: the tests' independent reading of the spec, to check the
/// generated code and the mock against (the generator reads the spec with its own reader).
package struct OracleSpec: Sendable {
    /// The spec folder.
    package var directory: String
    /// The merged folder decoded as an OpenAPI 3.1 document.
    package var document: OpenAPI.Document

    /// Merges a spec folder and decodes it with OpenAPIKit.
    ///
    /// A `$ref` with vendor extensions beside it becomes a one-element `allOf` carrying them, since
    /// OpenAPIKit drops a reference's extensions; read `allOf: [X]` as X.
    package static func load(directory: String) throws -> OracleSpec {
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        guard let assembled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        let root = Self.liftingReferenceExtensions(assembled.root)
        return OracleSpec(
            directory: directory, document: try YAMLNodeDecoder().decodeRaw(OpenAPI.Document.self, from: root))
    }

    /// The tree with every `$ref` that has `x-` siblings rewritten as `allOf: [{$ref: ...}]` plus those siblings.
    private static func liftingReferenceExtensions(_ node: YAMLNode) -> YAMLNode {
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            return YAMLNode(.sequence(items.map(Self.liftingReferenceExtensions)), at: node.location, tag: node.tag)
        case .mapping(let pairs):
            let lifted = pairs.map { YAMLNode.Pair(key: $0.key, value: Self.liftingReferenceExtensions($0.value)) }
            let keys = lifted.compactMap(\.key.scalarValue)
            guard let reference = lifted.first(where: { $0.key.scalarValue == "$ref" }),
                keys.contains(where: { $0.hasPrefix("x-") })
            else {
                return YAMLNode(.mapping(lifted), at: node.location, tag: node.tag)
            }
            let wrapped = YAMLNode.mapping([reference], at: reference.key.location)
            let allOf = YAMLNode.Pair(
                key: .scalar("allOf", at: reference.key.location),
                value: .sequence([wrapped], at: reference.key.location))
            let siblings = lifted.filter { $0.key.scalarValue != "$ref" }
            return YAMLNode(.mapping([allOf] + siblings), at: node.location, tag: node.tag)
        }
    }
}
