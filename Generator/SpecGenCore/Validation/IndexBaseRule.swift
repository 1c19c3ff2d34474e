/// Every array an RPC request flattens (`Name.1`, `Filter.1.Value.2`) states its first index with
/// `x-index-base: 0` or `1`, because the vendor's lists start at either.
///
/// Arrays are found from each RPC parameter's schema, through `$ref`s, properties and items; a parameter
/// or property marked `x-json-string: true` is sent as JSON text, so nothing below it is flattened.
struct IndexBaseRule: ValidationRule {
    let name = "x-index-base"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        guard spec.isRPC else { return [] }
        var walker = Walker(tree: SpecTree(spec.root))
        for site in walker.tree.operations {
            for parameter in site.parameters where !Self.isJSONString(parameter) {
                guard let schema = parameter["schema"] else { continue }
                walker.check(schema, label: "parameter '\(parameter["name"]?.text ?? "?")'", owner: nil)
            }
        }
        return walker.diagnostics
    }

    static func isJSONString(_ node: YAMLNode) -> Bool {
        node["x-json-string"]?.resolvedScalar == .bool(true)
    }

    private struct Walker {
        let tree: SpecTree
        var visited: Set<String> = []
        var diagnostics: [Diagnostic] = []

        init(tree: SpecTree) {
            self.tree = tree
        }

        mutating func check(_ schema: YAMLNode, label: String, owner: String?) {
            guard schema.pairs != nil, !IndexBaseRule.isJSONString(schema) else { return }
            if let (name, component) = self.tree.schema(referencedBy: schema) {
                guard self.visited.insert(name).inserted else { return }
                self.check(component, label: "schema '\(name)'", owner: name)
                return
            }
            let type = schema["type"]
            let types = type.map { $0.items ?? [$0] } ?? []
            if let arrayType = types.first(where: { $0.text == "array" }) {
                self.checkIndexBase(schema, label: label, at: arrayType.location)
                if let items = schema["items"] { self.check(items, label: "items of \(label)", owner: owner) }
            }
            for pair in schema["properties"]?.pairs ?? [] {
                let property = pair.key.scalarValue ?? "?"
                let label = owner.map { "property '\(property)' of '\($0)'" } ?? "property '\(property)'"
                self.check(pair.value, label: label, owner: owner)
            }
            for key in ["allOf", "anyOf", "oneOf"] {
                for item in schema[key]?.items ?? [] { self.check(item, label: label, owner: owner) }
            }
        }

        private mutating func checkIndexBase(_ schema: YAMLNode, label: String, at location: SourceLocation) {
            guard let base = schema["x-index-base"] else {
                self.diagnostics.append(
                    .error("array \(label) needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)", at: location))
                return
            }
            let value = base.resolvedScalar
            if value != .int(0) && value != .int(1) {
                let found = base.text.map { "'\($0)'" } ?? base.kindDescription
                self.diagnostics.append(.error("'x-index-base' must be 0 or 1, found \(found)", at: base.location))
            }
        }
    }
}
