/// `x-swift-name` overrides a generated name, so it must be one: a string that is a Swift identifier.
struct SwiftNameRule: ValidationRule {
    let name = "x-swift-name"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        spec.root.forEachMapping { pairs in
            guard let pair = pairs.first(where: { $0.key.scalarValue == "x-swift-name" }) else { return [] }
            if let text = pair.value.text, SwiftName.isValidIdentifier(text) { return [self.name] }
            let found = pair.value.text.map { "'\($0)'" } ?? pair.value.kindDescription
            diagnostics.append(
                .error("'x-swift-name' must be a Swift identifier, found \(found)", at: pair.value.location))
            return [self.name]
        }
        return diagnostics
    }
}
