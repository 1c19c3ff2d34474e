/// `type` in a schema is one of JSON Schema's seven, or a list of them.
///
/// OpenAPIKit refuses an unknown type too, but it stops at the first; this rule reports all of them.
struct SchemaTypeRule: ValidationRule {
    let name = "schema-type"

    static let types: Set<String> = ["string", "integer", "number", "boolean", "object", "array", "null"]

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        SpecTree(spec.root).forEachSchema { schema in
            guard let type = schema["type"] else { return }
            let values = type.items ?? [type]
            for value in values where !Self.types.contains(value.text ?? "") {
                let found = value.text.map { "'\($0)'" } ?? value.kindDescription
                diagnostics.append(
                    .error(
                        "unknown type \(found) (string, integer, number, boolean, object, array or null)",
                        at: value.location))
            }
        }
        return diagnostics
    }
}
