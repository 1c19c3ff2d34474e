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
/// The rule checks: a non-empty list of dotted wire paths, each naming a property of the structure
/// (through `$ref`s and list items).
struct RequiredMembersRule: ValidationRule {
    let name = "x-required"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        var diagnostics: [Diagnostic] = []
        tree.forEachSchema { schema in
            guard let node = schema[VendorExtension.requiredMembers] else { return }
            guard let items = node.items, !items.isEmpty else {
                diagnostics.append(
                    .error(
                        "'x-required' must list members of the structure, such as [enable, max_instances]",
                        at: node.location))
                return
            }
            for item in items {
                guard let path = item.text, !path.isEmpty else {
                    diagnostics.append(
                        .error("'x-required' lists member paths, found \(item.kindDescription)", at: item.location))
                    continue
                }
                if let missing = Self.unresolved(path.split(separator: ".").map(String.init), in: schema, tree: tree) {
                    diagnostics.append(
                        .error("'x-required: \(path)': the structure has no member '\(missing)'", at: item.location))
                }
            }
        }
        return diagnostics
    }

    /// The first component of a dotted path that names no property, or nil when the path resolves.
    private static func unresolved(_ components: [String], in schema: YAMLNode, tree: SpecTree) -> String? {
        var current = schema
        for component in components {
            current = Self.object(current, tree: tree)
            guard let property = current["properties"]?[component] else { return component }
            current = property
        }
        return nil
    }

    /// The object a schema describes: itself, the schema file it refers to, or its list items'.
    private static func object(_ schema: YAMLNode, tree: SpecTree) -> YAMLNode {
        var current = schema
        for _ in 0..<8 {
            if let (_, component) = tree.schema(referencedBy: current) {
                current = component
            } else if current["properties"] == nil, let items = current["items"] {
                current = items
            } else {
                break
            }
        }
        return current
    }
}
