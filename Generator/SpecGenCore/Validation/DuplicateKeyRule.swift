/// A key written twice in one mapping: YAML forbids it, but libyaml accepts it and the second would win silently.
struct DuplicateKeyRule: ValidationRule {
    let name = "duplicate-key"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        Self.check(spec.root, into: &diagnostics)
        return diagnostics
    }

    private static func check(_ node: YAMLNode, into diagnostics: inout [Diagnostic]) {
        switch node.content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { self.check(item, into: &diagnostics) }
        case .mapping(let pairs):
            var seen: [String: SourceLocation] = [:]
            for pair in pairs {
                if let key = pair.key.scalarValue {
                    if let first = seen[key] {
                        diagnostics.append(
                            .error("duplicate key '\(key)'", at: pair.key.location,
                                notes: [.note("'\(key)' is first written here", at: first)]))
                    } else {
                        seen[key] = pair.key.location
                    }
                }
                self.check(pair.value, into: &diagnostics)
            }
        }
    }
}
