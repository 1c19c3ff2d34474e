/// `x-json-string`, wherever it is written, is `true` or `false`.
struct JSONStringRule: ValidationRule {
    let name = "x-json-string"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            guard let pair = pairs.first(where: { $0.key.scalarValue == "x-json-string" }) else { return [] }
            if case .bool = pair.value.resolvedScalar, pair.value.scalarValue != nil { return [self.name] }
            diagnostics.append(
                .error("'x-json-string' must be true or false, found \(pair.value.kindDescription)", at: pair.value.location))
            return [self.name]
        }
        return diagnostics
    }
}
