/// A key written twice in one mapping: YAML forbids it, but libyaml accepts it and the second would win silently.
struct DuplicateKeyRule: ValidationRule {
    let name = "duplicate-key"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            var seen: [String: SourceLocation] = [:]
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                if let first = seen[key] {
                    diagnostics.append(
                        .error(
                            "duplicate key '\(key)'", at: pair.key.location,
                            notes: [.note("'\(key)' is first written here", at: first)]))
                } else {
                    seen[key] = pair.key.location
                }
            }
            return []
        }
        return diagnostics
    }
}
