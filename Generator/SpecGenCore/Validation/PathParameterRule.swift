/// Path templates and `in: path` parameters agree: every `{Name}` is declared, every declared one is used
/// and is `required: true`.
struct PathParameterRule: ValidationRule {
    let name = "path-parameters"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for site in SpecTree(spec.root).operations {
            let template = Self.templateNames(in: site.path)
            var declared: Set<String> = []
            for parameter in site.parameters where parameter["in"]?.text == "path" {
                guard let nameNode = parameter["name"], let name = nameNode.text else { continue }
                declared.insert(name)
                if parameter["required"]?.boolValue != true {
                    diagnostics.append(
                        .error(
                            "path parameter '\(name)' must be 'required: true'",
                            at: parameter["required"]?.location ?? nameNode.location))
                }
                if !template.contains(where: { $0.name == name }) {
                    diagnostics.append(
                        .error(
                            "path parameter '\(name)' does not appear in the path '\(site.path)'", at: nameNode.location
                        ))
                }
            }
            for (name, offset) in template where !declared.contains(name) {
                let operation = site.operationID.map { " of '\($0)'" } ?? ""
                diagnostics.append(
                    .error(
                        "path parameter '\(name)'\(operation) is not declared (add a parameter with 'in: path')",
                        at: Self.location(ofOffset: offset, in: site.pathKey)))
            }
        }
        return diagnostics
    }

    /// The `{Name}` placeholders of a path and the character offset of each opening brace.
    static func templateNames(in path: String) -> [(name: String, offset: Int)] {
        var result: [(String, Int)] = []
        var current: String?
        var start = 0
        for (offset, character) in path.enumerated() {
            switch character {
            case "{":
                current = ""
                start = offset
            case "}":
                if let name = current { result.append((name, start)) }
                current = nil
            default:
                current?.append(character)
            }
        }
        return result
    }

    /// The column of a character of a one-line key: past the opening quote when the key is quoted.
    private static func location(ofOffset offset: Int, in key: YAMLNode) -> SourceLocation {
        var location = key.location
        guard case .scalar(_, let style) = key.content else { return location }
        switch style {
        case .plain: location.column += offset
        case .singleQuoted, .doubleQuoted: location.column += offset + 1
        case .literal, .folded: break
        }
        return location
    }
}
