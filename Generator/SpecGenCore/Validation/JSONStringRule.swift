/// `x-json-string`, wherever it is written, is `true` or `false`.
struct JSONStringRule: ValidationRule {
    let name = "x-json-string"

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
            for pair in pairs {
                if pair.key.scalarValue == "x-json-string", case .bool = pair.value.resolvedScalar, pair.value.scalarValue != nil {
                    continue
                } else if pair.key.scalarValue == "x-json-string" {
                    diagnostics.append(
                        .error("'x-json-string' must be true or false, found \(pair.value.kindDescription)", at: pair.value.location))
                    continue
                }
                self.check(pair.value, into: &diagnostics)
            }
        }
    }
}
