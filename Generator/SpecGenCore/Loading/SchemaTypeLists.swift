/// Finds the schema `type`s written as lists in a merged tree, which OpenAPIKit reduces to their first
/// type that is not `null` (see ``LoadedSpec/typeLists``).
enum SchemaTypeLists {
    /// Keys whose values are data, not schemas: a `type` list inside them means nothing.
    private static let dataKeys: Set<String> = ["example", "examples", "default", "enum", "const"]

    /// Every `type` list by the JSON pointer of the mapping that holds it; names that are not JSON
    /// types are left out (the schema-type rule reports them).
    static func collect(in root: YAMLNode) -> [String: [JSONType]] {
        var lists: [String: [JSONType]] = [:]
        Self.collect(root, pointer: [], keysAreNames: false, into: &lists)
        return lists
    }

    /// - Parameter keysAreNames: Whether the node is a map keyed by names (`properties`, `schemas`),
    ///   whose keys may be anything, `example` included.
    private static func collect(
        _ node: YAMLNode, pointer: [String], keysAreNames: Bool, into lists: inout [String: [JSONType]]
    ) {
        switch node.content {
        case .scalar:
            return
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                Self.collect(item, pointer: pointer + [String(index)], keysAreNames: false, into: &lists)
            }
        case .mapping(let pairs):
            if !keysAreNames, let types = node["type"]?.items {
                lists[SourceMap.pointer(pointer)] = types.compactMap { $0.text.flatMap(JSONType.init(rawValue:)) }
            }
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                if !keysAreNames, Self.dataKeys.contains(key) || key.hasPrefix("x-") { continue }
                let namesFollow = !keysAreNames && BundleTyping.nameMapKeys.contains(key)
                Self.collect(pair.value, pointer: pointer + [key], keysAreNames: namesFollow, into: &lists)
            }
        }
    }
}
