extension WaitersExtensionRule {
    /// Checks one waiter of `x-waiters`.
    struct WaiterCheck {
        let tree: SpecTree
        let site: SpecTree.OperationSite
        var diagnostics: [Diagnostic] = []

        init(tree: SpecTree, site: SpecTree.OperationSite) {
            self.tree = tree
            self.site = site
        }

        mutating func error(_ message: String, at node: YAMLNode) {
            self.diagnostics.append(.error(message, at: node.location))
        }

        mutating func run(_ waiter: YAMLNode, name: String) {
            guard let pairs = waiter.pairs else {
                self.error(
                    "waiter '\(name)' must be a mapping (summary, interval, timeout, acceptors), found \(waiter.kindDescription)",
                    at: waiter)
                return
            }
            for pair in pairs where !(pair.key.text.map(WaitersExtensionRule.waiterKeys.contains) ?? false) {
                self.error(
                    "unknown key '\(pair.key.text ?? "?")' in waiter '\(name)' "
                        + "(expected \(WaitersExtensionRule.waiterKeys.joined(separator: ", ")))",
                    at: pair.key)
            }
            if let summary = waiter["summary"], summary.stringValue == nil {
                self.error(
                    "'summary' of waiter '\(name)' must be a string, found \(summary.kindDescription)", at: summary)
            }
            let interval = self.seconds(waiter, key: "interval", name: name)
            if let timeout = self.seconds(waiter, key: "timeout", name: name), let interval, timeout < interval,
                let node = waiter["timeout"]
            {
                self.error(
                    "'timeout' of waiter '\(name)' (\(timeout) s) is shorter than its 'interval' (\(interval) s)",
                    at: node)
            }
            guard let acceptors = waiter["acceptors"] else {
                self.error("waiter '\(name)' needs 'acceptors'", at: waiter)
                return
            }
            guard let items = acceptors.items, !items.isEmpty else {
                self.error(
                    "'acceptors' of waiter '\(name)' must be a non-empty sequence, found \(acceptors.kindDescription)",
                    at: acceptors)
                return
            }
            var results: [String] = []
            for acceptor in items {
                if let result = self.checkAcceptor(acceptor) { results.append(result) }
            }
            if results.count == items.count, !results.contains("success") {
                self.error(
                    "waiter '\(name)' has no acceptor with 'result: success'; it could never succeed", at: acceptors)
            }
        }

        private mutating func seconds(_ waiter: YAMLNode, key: String, name: String) -> Int? {
            guard let node = waiter[key] else {
                self.error("waiter '\(name)' needs '\(key)' (whole seconds)", at: waiter)
                return nil
            }
            guard case .int(let value) = node.resolvedScalar, value > 0 else {
                self.error(
                    "'\(key)' of waiter '\(name)' must be a positive whole number of seconds, found \(Self.describe(node))",
                    at: node)
                return nil
            }
            return value
        }

        static func describe(_ node: YAMLNode) -> String {
            node.text.map { "'\($0)'" } ?? node.kindDescription
        }

        /// Checks one acceptor; returns its result when the acceptor is well-formed.
        private mutating func checkAcceptor(_ acceptor: YAMLNode) -> String? {
            guard let pairs = acceptor.pairs else {
                self.error(
                    "an acceptor must be a mapping such as {match: state, equals: running, result: success}, "
                        + "found \(acceptor.kindDescription)",
                    at: acceptor)
                return nil
            }
            let before = self.diagnostics.count
            for pair in pairs where !(pair.key.text.map(WaitersExtensionRule.acceptorKeys.contains) ?? false) {
                self.error(
                    "unknown key '\(pair.key.text ?? "?")' in an acceptor "
                        + "(expected \(WaitersExtensionRule.acceptorKeys.joined(separator: ", ")))",
                    at: pair.key)
            }
            let kinds = ["match", "error", "status"].filter { acceptor[$0] != nil }
            if kinds.count != 1 {
                let found = kinds.isEmpty ? "" : ", found \(kinds.joined(separator: " and "))"
                self.error("an acceptor needs exactly one of 'match', 'error' or 'status'\(found)", at: acceptor)
            }
            if let match = acceptor["match"] {
                self.checkMatch(match, acceptor: acceptor)
            } else {
                for key in ["equals", "elements"] {
                    if let pair = acceptor.pair(for: key) {
                        self.error("'\(key)' applies only with 'match'", at: pair.key)
                    }
                }
            }
            if let code = acceptor["error"], code.stringValue?.isEmpty != false {
                self.error("'error' must be a vendor error code, found \(code.kindDescription)", at: code)
            }
            if let status = acceptor["status"] {
                guard case .int(let value) = status.resolvedScalar, (100...599).contains(value) else {
                    self.error(
                        "'status' must be an HTTP status from 100 to 599, found \(Self.describe(status))", at: status)
                    return nil
                }
            }
            guard let result = acceptor["result"] else {
                self.error("an acceptor needs 'result: success', 'failure' or 'retry'", at: acceptor)
                return nil
            }
            guard let value = result.stringValue, WaiterAcceptorModel.Result(rawValue: value) != nil else {
                self.error(
                    "'result' must be 'success', 'failure' or 'retry', found \(Self.describe(result))", at: result)
                return nil
            }
            return self.diagnostics.count == before ? value : nil
        }

        private mutating func checkMatch(_ match: YAMLNode, acceptor: YAMLNode) {
            guard let path = match.stringValue, !path.isEmpty else {
                self.error(
                    "'match' must be a dotted path of response fields, found \(match.kindDescription)", at: match)
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
            let elements = acceptor["elements"]
            if let elements {
                if field.list == nil {
                    self.error("'elements' applies only when 'match' goes through a list", at: elements)
                } else if elements.stringValue != "all", elements.stringValue != "any" {
                    self.error("'elements' must be 'all' or 'any', found \(Self.describe(elements))", at: elements)
                }
            }
            let type = self.tree.typeName(of: field.schema) ?? "no type"
            guard ["string", "integer", "boolean"].contains(type) else {
                self.error("'match: \(path)' must name a string, integer or boolean field, found \(type)", at: match)
                return
            }
            guard let expected = acceptor["equals"] else {
                self.error("an acceptor with 'match' needs 'equals', the value that matches", at: acceptor)
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
                    "'equals' must be \(kind) like field '\(path)', found \(Self.describe(expected))", at: expected)
                return
            }
            let allowed = (self.tree.dereferenced(field.schema)["enum"]?.items ?? []).compactMap(\.text)
            if type == "string", !allowed.isEmpty, let value = expected.text, !allowed.contains(value) {
                self.error(
                    "'equals: \(value)' is not a value of '\(path)' (\(allowed.joined(separator: ", ")))", at: expected)
            }
        }
    }
}
