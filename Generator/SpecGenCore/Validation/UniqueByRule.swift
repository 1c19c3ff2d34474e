/// `x-unique-by` names a member that must not repeat between a list's elements (Kingsoft's
/// `Filter.N.Name`), so it only makes sense on an array whose items are structures with that property.
///
/// Reading takes the name (a non-empty string); the rule checks, wherever it is written, that the schema
/// is an array and that its items (directly or through a `$ref`) declare the named property.
struct UniqueByRule: ValidationRule {
    let name = "x-unique-by"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        document.forEachSchema { schema in
            guard let member = schema.extensions.uniqueBy,
                let problem = Self.problem(schema, member: member, document: document)
            else { return }
            diagnostics.append(.error(problem, at: schema.extensions.locations[VendorExtension.uniqueBy]))
        }
        return diagnostics
    }

    /// What is wrong with one use of the extension, or nil.
    private static func problem(_ schema: SpecSchema, member name: String, document: SpecDocument) -> String? {
        guard schema.types.contains(.array) else {
            return "'x-unique-by' applies to an array schema; this schema is not 'type: array'"
        }
        guard var items = schema.items else {
            return "'x-unique-by: \(name)' needs the array's 'items' to declare property '\(name)'"
        }
        var label = "the array's items"
        if let (reference, component) = document.schemaFile(referencedBy: items) {
            items = component
            label = "schema '\(reference)'"
        }
        guard items.properties.contains(where: { $0.name == name }) else {
            return "'x-unique-by: \(name)' names no property of \(label)"
        }
        return nil
    }
}
