/// `x-swift-name` overrides a generated name, so it must be one: a string that is a Swift identifier.
struct SwiftNameRule: ValidationRule {
    let name = "x-swift-name"

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
                if pair.key.scalarValue == "x-swift-name" {
                    if let text = pair.value.text, SDKExtensionRule.isIdentifier(text) { continue }
                    let found = pair.value.text.map { "'\($0)'" } ?? pair.value.kindDescription
                    diagnostics.append(.error("'x-swift-name' must be a Swift identifier, found \(found)", at: pair.value.location))
                    continue
                }
                self.check(pair.value, into: &diagnostics)
            }
        }
    }
}
