/// A flag extension (`x-json-string`, `x-observed`), wherever it is written, is `true` or `false`.
struct BooleanExtensionRule: ValidationRule {
    /// The extension checked, e.g. `x-json-string`.
    let name: String

    /// Creates the rule for one extension key.
    init(extension name: String) {
        self.name = name
    }

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            guard let pair = pairs.first(where: { $0.key.scalarValue == self.name }) else { return [] }
            if case .bool = pair.value.resolvedScalar, pair.value.scalarValue != nil { return [self.name] }
            diagnostics.append(
                .error(
                    "'\(self.name)' must be true or false, found \(pair.value.kindDescription)", at: pair.value.location
                ))
            return [self.name]
        }
        return diagnostics
    }
}
