/// `x-unique-by` names a member that must not repeat between a list's elements (Kingsoft's
/// `Filter.N.Name`), so it only makes sense on an array whose items are structures with that property.
///
/// The rule checks, wherever the extension is written: the value is a string, the schema is an array, and
/// its items (directly or through a `$ref`) declare the named property.
struct UniqueByRule: ValidationRule {
    let name = "x-unique-by"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        var diagnostics: [Diagnostic] = []
        tree.forEachSchema { schema in
            guard let pair = schema.pair(for: VendorExtension.uniqueBy) else { return }
            if let problem = Self.problem(schema, member: pair.value, tree: tree) {
                diagnostics.append(.error(problem, at: pair.value.location))
            }
        }
        return diagnostics
    }

    /// What is wrong with one use of the extension, or nil.
    private static func problem(_ schema: YAMLNode, member: YAMLNode, tree: SpecTree) -> String? {
        guard let name = member.stringValue, !name.isEmpty else {
            return "'x-unique-by' must name a property of the array's items, found \(member.kindDescription)"
        }
        let types = schema["type"].map { $0.items ?? [$0] } ?? []
        guard types.contains(where: { $0.text == "array" }) else {
            return "'x-unique-by' applies to an array schema; this schema is not 'type: array'"
        }
        guard var items = schema["items"] else {
            return "'x-unique-by: \(name)' needs the array's 'items' to declare property '\(name)'"
        }
        var label = "the array's items"
        if let (reference, component) = tree.schema(referencedBy: items) {
            items = component
            label = "schema '\(reference)'"
        }
        guard items["properties"]?[name] != nil else {
            return "'x-unique-by: \(name)' names no property of \(label)"
        }
        return nil
    }
}
