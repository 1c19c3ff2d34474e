/// The field extensions (`x-swift-name`, `x-json-string`, `x-observed`, `x-index-base`, `x-unique-by`,
/// `x-observed-values`, `x-required`) are read on schemas and parameters; one written anywhere else
/// (an operation, a response, a media type) would change nothing, so it is reported there.
struct FieldExtensionPlacementRule: ValidationRule {
    let name = "field-extensions"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var read: Set<SourceLocation> = []
        document.forEachSchema { read.formUnion($0.extensions.locations.values) }
        for operation in document.operations {
            for parameter in operation.parameters { read.formUnion(parameter.extensions.locations.values) }
        }
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            var skipped: Set<String> = []
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                // Examples are data, and other extensions' values are theirs to define.
                if key.hasPrefix("x-") || key == "example" || key == "examples" { skipped.insert(key) }
                guard ExtensionReader.fieldExtensionKeys.contains(key), !read.contains(pair.value.location) else {
                    continue
                }
                diagnostics.append(
                    .error(
                        "'\(key)' is read on schemas and parameters only; here it changes nothing",
                        at: pair.key.location))
            }
            return skipped
        }
        return diagnostics
    }
}
