/// Every array an RPC request flattens (`Name.1`, `Filter.1.Value.2`) states its first index with
/// `x-index-base: 0` or `1`, because the vendor's lists start at either.
///
/// Arrays are found as the build finds them: from each RPC parameter's schema, through `$ref`s, properties
/// and items, a schema being a list when its type says so or when it has `items` and no type or properties.
/// A field marked `x-json-string: true` (a parameter, a property's or items' schema, or the one entry of
/// its `allOf`; the parameter's own flag first) is sent as JSON text, so nothing below it is flattened; a
/// schema file's own flag is not a field's and changes nothing. Reading checks the value; this rule
/// checks that it is there.
struct IndexBaseRule: ValidationRule {
    let name = "x-index-base"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        guard document.isRPC else { return [] }
        var walker = Walker(document: document)
        for operation in document.operations {
            for parameter in operation.parameters {
                guard let schema = parameter.schema else { continue }
                walker.checkField(
                    schema, flag: parameter.extensions.isJSONString, label: "parameter '\(parameter.name)'",
                    owner: nil)
            }
        }
        return walker.diagnostics
    }

    private struct Walker {
        let document: SpecDocument
        var visited: Set<String> = []
        var diagnostics: [Diagnostic] = []

        init(document: SpecDocument) {
            self.document = document
        }

        /// Checks a field's schema unless the field travels as JSON text; `flag` is the field's own
        /// `x-json-string` (a parameter's), which wins over its schema's.
        mutating func checkField(_ schema: SpecSchema, flag: Bool? = nil, label: String, owner: String?) {
            let flag = flag ?? schema.extensions.isJSONString ?? Self.singleAllOfEntry(schema)?.extensions.isJSONString
            guard flag != true else { return }
            self.check(schema, label: label, owner: owner)
        }

        /// The entry of an `allOf` with one entry, which the build reads as the value itself.
        private static func singleAllOfEntry(_ schema: SpecSchema) -> SpecSchema? {
            guard let entries = schema.compositions.first(where: { $0.keyword == "allOf" })?.schemas,
                entries.count == 1
            else { return nil }
            return entries[0]
        }

        private mutating func check(_ schema: SpecSchema, label: String, owner: String?) {
            if let (name, component) = self.document.schemaFile(referencedBy: schema) {
                guard self.visited.insert(name).inserted else { return }
                self.check(component, label: "schema '\(name)'", owner: name)
                return
            }
            if let mark = self.listMark(schema) {
                if schema.extensions.locations[VendorExtension.indexBase] == nil {
                    self.diagnostics.append(
                        .error(
                            "array \(label) needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)",
                            at: mark))
                }
                if let items = schema.items { self.checkField(items, label: "items of \(label)", owner: owner) }
            }
            for property in schema.properties {
                let label = owner.map { "property '\(property.name)' of '\($0)'" } ?? "property '\(property.name)'"
                self.checkField(property.schema, label: label, owner: owner)
            }
            for composition in schema.compositions where composition.keyword != "not" {
                for entry in composition.schemas { self.check(entry, label: label, owner: owner) }
            }
        }

        /// Where a schema says it is a list: its `array` type, or the schema itself when it has `items` and
        /// no type or properties (the build reads it as a list then, too); nil when it is no list.
        private func listMark(_ schema: SpecSchema) -> SourceLocation? {
            if let index = schema.types.firstIndex(of: .array) {
                // A single type reads as a one-element list; the map then gives the scalar's place.
                return self.document.location(of: schema.pointer + ["type", String(index)])
            }
            guard schema.types.isEmpty, schema.properties.isEmpty, !schema.hasAdditionalProperties,
                schema.items != nil
            else { return nil }
            return self.document.location(of: schema.pointer)
        }
    }
}
