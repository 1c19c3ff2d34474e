/// `x-required` on a request field lists members of the structure it refers to that this operation
/// requires, although the shared structure leaves them optional (ACK's `CreateClusterNodePool` requires
/// `auto_scaling.enable`; `ModifyClusterNodePool`, sending the same structure, does not).
///
/// ```yaml
/// auto_scaling:
///   $ref: ../schemas/AutoScaling.yaml
///   x-required: [enable, max_instances, min_instances]
/// ```
///
/// Reading takes the list of dotted wire paths; the rule checks that each names a property of the
/// structure (through `$ref`s and list items).
struct RequiredMembersRule: ValidationRule {
    let name = "x-required"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        document.forEachSchema { schema in
            guard let paths = schema.extensions.requiredMembers else { return }
            for (index, path) in paths.enumerated() {
                let components = path.split(separator: ".").map(String.init)
                guard let missing = Self.unresolved(components, in: schema, document: document) else { continue }
                diagnostics.append(
                    .error(
                        "'x-required: \(path)': the structure has no member '\(missing)'",
                        at: document.location(of: schema.pointer + [VendorExtension.requiredMembers, String(index)])))
            }
        }
        return diagnostics
    }

    /// The first component of a dotted path that names no property, or nil when the path resolves.
    private static func unresolved(_ components: [String], in schema: SpecSchema, document: SpecDocument) -> String? {
        var current = schema
        for component in components {
            current = Self.object(current, document: document)
            guard let property = current.properties.first(where: { $0.name == component }) else { return component }
            current = property.schema
        }
        return nil
    }

    /// The object a schema describes: itself, the schema file it refers to, or its list items'.
    private static func object(_ schema: SpecSchema, document: SpecDocument) -> SpecSchema {
        var current = schema
        for _ in 0..<8 {
            if let (_, component) = document.schemaFile(referencedBy: current) {
                current = component
            } else if current.properties.isEmpty, let items = current.items {
                current = items
            } else {
                break
            }
        }
        return current
    }
}
