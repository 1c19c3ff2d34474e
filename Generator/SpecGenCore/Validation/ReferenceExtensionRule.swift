/// `x-reference` records what the vendor reference documents where the spec deliberately differs. Reading
/// checks its shape where it belongs (see ``ExtensionReader/readReference(on:pointer:allowing:place:)``);
/// this rule reports it anywhere else.
///
/// Field attributes (`type`, `required`, `enum`, `default`, the limits) are recorded on a parameter or on
/// a property's schema; `methods` on an operation. A parameter's own schema and a schema file's root
/// are not the place (the comparison reads the parameter, or the property that uses the schema), and
/// nothing else is. Whether each entry is still needed is the docs index check's to say (see
/// ``DocsIndexCheck``).
struct ReferenceExtensionRule: ValidationRule {
    let name = VendorExtension.reference

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let read = document.referenceLocations
        let tree = SpecTree(spec.root)
        var misplaced: [SourceLocation: String] = [:]
        for site in tree.operations {
            for parameter in site.parameters {
                if let pair = parameter["schema"]?.pair(for: self.name) {
                    misplaced[pair.key.location] = "write 'x-reference' on the parameter itself, not on its schema"
                }
            }
        }
        for pair in tree.schemas {
            guard let record = pair.value.pair(for: self.name) else { continue }
            misplaced[record.key.location] =
                "write 'x-reference' on a property or parameter that uses this schema, not on the schema file"
        }
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            guard let pair = pairs.first(where: { $0.key.scalarValue == self.name }) else { return [] }
            if !read.contains(pair.value.location) {
                let message =
                    misplaced[pair.key.location]
                    ?? "'x-reference' belongs on a parameter, a property's schema or an operation"
                diagnostics.append(.error(message, at: pair.key.location))
            }
            return [self.name]
        }
        return diagnostics
    }
}
