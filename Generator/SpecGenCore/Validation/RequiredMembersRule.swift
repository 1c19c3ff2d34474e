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
/// structure (through `$ref`s and list items), and that the field is one whose members the client checks
/// before sending: a property of an operation's own JSON request body (not a parameter, a schema file's
/// property or a response field, where nothing would enforce it).
struct RequiredMembersRule: ValidationRule {
    let name = "x-required"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var enforced: Set<[String]> = []
        for operation in document.operations {
            for media in operation.requestBody?.content ?? [] where media.isJSON {
                for property in media.schema?.properties ?? [] { enforced.insert(property.schema.pointer) }
            }
        }
        var diagnostics: [Diagnostic] = []
        document.forEachSchema { schema in
            guard let paths = schema.extensions.requiredMembers else { return }
            guard enforced.contains(schema.pointer) else {
                diagnostics.append(
                    .error(
                        "'x-required' is checked on the properties of an operation's JSON request body only; "
                            + "here nothing would enforce it",
                        at: schema.extensions.locations[VendorExtension.requiredMembers]))
                return
            }
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
