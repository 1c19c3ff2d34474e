/// Every array an RPC request flattens (`Name.1`, `Filter.1.Value.2`) states its first index with
/// `x-index-base: 0` or `1`, because the vendor's lists start at either.
///
/// Arrays are found as the build finds them: from each RPC parameter's schema, through `$ref`s, properties
/// and items, a schema being a list when its type says so or when it has `items` and no type or properties.
/// A field marked `x-json-string: true` (a parameter, a property's or items' schema, or the one entry of
/// its `allOf`; the parameter's own flag first) is sent as JSON text, so nothing below it is flattened; a
/// schema file's own flag is not a field's and changes nothing.
struct IndexBaseRule: ValidationRule {
    let name = "x-index-base"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        guard document.isRPC else { return [] }
        var walker = Walker(tree: SpecTree(spec.root))
        for site in walker.tree.operations {
            for parameter in site.parameters {
                guard let schema = parameter["schema"] else { continue }
                walker.checkField(
                    schema, flag: parameter[VendorExtension.jsonString],
                    label: "parameter '\(parameter["name"]?.text ?? "?")'", owner: nil)
            }
        }
        return walker.diagnostics
    }

    private struct Walker {
        let tree: SpecTree
        var visited: Set<String> = []
        var diagnostics: [Diagnostic] = []

        init(tree: SpecTree) {
            self.tree = tree
        }

        /// Checks a field's schema unless the field travels as JSON text; `flag` is the field's own
        /// `x-json-string` (a parameter's), which wins over its schema's.
        mutating func checkField(_ schema: YAMLNode, flag: YAMLNode? = nil, label: String, owner: String?) {
            guard schema.pairs != nil else { return }
            let flag =
                flag ?? schema[VendorExtension.jsonString] ?? Self.singleAllOfEntry(schema)?[VendorExtension.jsonString]
            guard flag?.resolvedScalar != .bool(true) else { return }
            self.check(schema, label: label, owner: owner)
        }

        /// The entry of an `allOf` with one entry, which the build reads as the value itself.
        private static func singleAllOfEntry(_ schema: YAMLNode) -> YAMLNode? {
            guard let entries = schema["allOf"]?.items, entries.count == 1 else { return nil }
            return entries[0]
        }

        private mutating func check(_ schema: YAMLNode, label: String, owner: String?) {
            guard schema.pairs != nil else { return }
            if let (name, component) = self.tree.schema(referencedBy: schema) {
                guard self.visited.insert(name).inserted else { return }
                self.check(component, label: "schema '\(name)'", owner: name)
                return
            }
            if let mark = Self.listMark(schema) {
                self.checkIndexBase(schema, label: label, at: mark)
                if let items = schema["items"] { self.checkField(items, label: "items of \(label)", owner: owner) }
            }
            for pair in schema["properties"]?.pairs ?? [] {
                let property = pair.key.scalarValue ?? "?"
                let label = owner.map { "property '\(property)' of '\($0)'" } ?? "property '\(property)'"
                self.checkField(pair.value, label: label, owner: owner)
            }
            for key in ["allOf", "anyOf", "oneOf"] {
                for item in schema[key]?.items ?? [] { self.check(item, label: label, owner: owner) }
            }
        }

        /// Where a schema says it is a list: its `array` type, or its `items` when it has no type and no
        /// properties (the build reads it as a list then, too); nil when it is no list.
        private static func listMark(_ schema: YAMLNode) -> SourceLocation? {
            let types = schema["type"].map { $0.items ?? [$0] } ?? []
            if let array = types.first(where: { $0.text == "array" }) { return array.location }
            let additional = schema["additionalProperties"]
            guard types.isEmpty, (schema["properties"]?.pairs ?? []).isEmpty,
                additional?.pairs == nil, additional?.boolValue != true
            else { return nil }
            return schema.pair(for: "items")?.key.location
        }

        private mutating func checkIndexBase(_ schema: YAMLNode, label: String, at location: SourceLocation) {
            guard let base = schema["x-index-base"] else {
                self.diagnostics.append(
                    .error(
                        "array \(label) needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)",
                        at: location))
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
