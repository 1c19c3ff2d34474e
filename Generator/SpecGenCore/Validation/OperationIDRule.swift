/// Every operation has an `operationId`, a string unique within the service (it is the vendor's API name).
struct OperationIDRule: ValidationRule {
    let name = "operation-id"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for site in SpecTree(spec.root).operations {
            guard let node = site.operation["operationId"] else {
                diagnostics.append(
                    .error(
                        "missing 'operationId' for \(site.methodKey.scalarValue?.uppercased() ?? "") \(site.path)",
                        at: site.methodKey.location))
                continue
            }
            guard let id = node.text, !id.isEmpty else {
                diagnostics.append(
                    .error("'operationId' must be a non-empty string, found \(node.kindDescription)", at: node.location)
                )
                continue
            }
            if let earlier = first[id] {
                diagnostics.append(
                    .error(
                        "duplicate operationId '\(id)'", at: node.location,
                        notes: [.note("'\(id)' is first used here", at: earlier)]))
            } else {
                first[id] = node.location
            }
        }
        return diagnostics
    }
}
