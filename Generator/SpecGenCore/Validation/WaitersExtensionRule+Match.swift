extension WaitersExtensionRule {
    /// Checks what each acceptor's `match` refers to in one operation's success response.
    struct MatchCheck {
        let tree: SpecTree
        let site: SpecTree.OperationSite
        var diagnostics: [Diagnostic] = []

        private mutating func error(_ message: String, at location: SourceLocation?) {
            self.diagnostics.append(.error(message, at: location))
        }

        mutating func run(_ acceptor: WaiterExtension.Acceptor) {
            guard let path = acceptor.match, let match = acceptor.matchLocation, let expected = acceptor.equals else {
                return
            }
            let schema: YAMLNode
            switch self.tree.responseFields(of: self.site) {
            case .failure(let failure):
                self.error("'match: \(path)': \(failure.message)", at: match)
                return
            case .success(let fields):
                schema = fields
            }
            let field: SpecTree.ResolvedField
            switch self.tree.resolve(path, from: schema, allowsList: true) {
            case .failure(let failure):
                self.error("'match: \(path)' does not name a response field: \(failure.message)", at: match)
                return
            case .success(let resolved):
                field = resolved
            }
            if let elements = acceptor.elementsLocation, field.list == nil {
                self.error("'elements' applies only when 'match' goes through a list", at: elements)
            }
            let type = self.tree.typeName(of: field.schema) ?? "no type"
            guard ["string", "integer", "boolean"].contains(type) else {
                self.error("'match: \(path)' must name a string, integer or boolean field, found \(type)", at: match)
                return
            }
            let scalar = expected.resolvedScalar
            let fits: Bool =
                switch (type, scalar) {
                case ("integer", .int), ("boolean", .bool): true
                case ("string", _): expected.text != nil && expected.pairs == nil && expected.items == nil
                default: false
                }
            guard fits else {
                let kind = type == "integer" ? "an integer" : type == "boolean" ? "a boolean" : "a string"
                self.error(
                    "'equals' must be \(kind) like field '\(path)', found \(ExtensionReader.describeText(expected))",
                    at: expected.location)
                return
            }
            let allowed = (self.tree.dereferenced(field.schema)["enum"]?.items ?? []).compactMap(\.text)
            if type == "string", !allowed.isEmpty, let value = expected.text, !allowed.contains(value) {
                self.error(
                    "'equals: \(value)' is not a value of '\(path)' (\(allowed.joined(separator: ", ")))",
                    at: expected.location)
            }
        }
    }
}
