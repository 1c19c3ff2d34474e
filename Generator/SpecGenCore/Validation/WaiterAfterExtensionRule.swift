/// `x-waiter-after` on an operation that starts a change: the waiter that follows it and where the
/// waiter's parameters come from, so a tool can run "call, then wait" from data alone.
///
/// ```yaml
/// x-waiter-after:
///   waiter: ClusterRunning
///   parameters: {ClusterId: $response.cluster_id}
/// ```
///
/// A sequence of such mappings names several waiters. The rule checks: `waiter` names a waiter of
/// the service's `x-waiters`; each key of `parameters` is a parameter of the waiter's polled
/// operation and each value is `$request.<path>` (the first name a parameter or body field of this
/// operation) or `$response.<path>` (a field of this operation's success response); every required
/// parameter of the polled operation is given.
struct WaiterAfterExtensionRule: ValidationRule {
    let name = "x-waiter-after"
    static let keys = ["waiter", "parameters"]

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        let waiters = WaitersExtensionRule.declaredWaiters(tree)
        var diagnostics: [Diagnostic] = []
        for site in tree.operations {
            guard let node = site.operation[VendorExtension.waiterAfter] else { continue }
            let entries = node.items ?? [node]
            if entries.isEmpty {
                diagnostics.append(.error("'x-waiter-after' must name at least one waiter", at: node.location))
            }
            for entry in entries {
                diagnostics += Self.check(entry, site: site, tree: tree, waiters: waiters)
            }
        }
        return diagnostics
    }

    private static func check(
        _ entry: YAMLNode, site: SpecTree.OperationSite, tree: SpecTree, waiters: [String: SpecTree.OperationSite]
    ) -> [Diagnostic] {
        guard entry.pairs != nil else {
            return [
                .error(
                    "'x-waiter-after' must be a mapping {waiter, parameters} or a sequence of them, found \(entry.kindDescription)",
                    at: entry.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for pair in entry.pairs ?? [] where !(pair.key.text.map(Self.keys.contains) ?? false) {
            diagnostics.append(
                .error(
                    "unknown key '\(pair.key.text ?? "?")' in 'x-waiter-after' (expected waiter, parameters)",
                    at: pair.key.location))
        }
        guard let waiterNode = entry["waiter"] else {
            return diagnostics + [
                .error("'x-waiter-after' needs 'waiter', the name of a waiter in 'x-waiters'", at: entry.location)
            ]
        }
        guard let name = waiterNode.stringValue, let polled = waiters[name] else {
            let known = waiters.keys.sorted().joined(separator: ", ")
            return diagnostics + [
                .error(
                    "'waiter: \(waiterNode.text ?? "?")' names no waiter of the service (waiters: \(known))",
                    at: waiterNode.location)
            ]
        }
        guard let parameters = entry["parameters"] else {
            return diagnostics + [
                .error(
                    "'x-waiter-after' needs 'parameters', mapping each parameter of '\(polled.operationID ?? "?")' "
                        + "to '$request.<name>' or '$response.<field>'",
                    at: entry.location)
            ]
        }
        guard let pairs = parameters.pairs else {
            return diagnostics + [
                .error("'parameters' must be a mapping, found \(parameters.kindDescription)", at: parameters.location)
            ]
        }
        let polledOperation = polled.operationID ?? polled.path
        for pair in pairs {
            guard let parameter = pair.key.text else { continue }
            if tree.parameter(named: parameter, of: polled) == nil {
                diagnostics.append(
                    .error(
                        "'\(parameter)' is not a parameter of '\(polledOperation)', which waiter '\(name)' polls",
                        at: pair.key.location))
            }
            if let problem = Self.sourceProblem(pair.value, site: site, tree: tree) {
                diagnostics.append(.error(problem, at: pair.value.location))
            }
        }
        let given = Set(pairs.compactMap(\.key.text))
        for required in polled.parameters where required["required"]?.resolvedScalar == .bool(true) {
            guard let parameter = required["name"]?.text, !given.contains(parameter) else { continue }
            diagnostics.append(
                .error(
                    "'parameters' misses '\(parameter)', a required parameter of '\(polledOperation)'",
                    at: parameters.location))
        }
        return diagnostics
    }

    /// What is wrong with a `$request.<path>` or `$response.<path>` value, or nil.
    private static func sourceProblem(_ value: YAMLNode, site: SpecTree.OperationSite, tree: SpecTree) -> String? {
        guard let text = value.stringValue else {
            return
                "a waiter parameter's source must be '$request.<name>' or '$response.<field>', found \(value.kindDescription)"
        }
        if let path = text.dropPrefix("$request.") {
            let first = String(path.prefix { $0 != "." })
            let names = tree.requestFieldNames(of: site)
            let known = names.isEmpty ? "it takes none" : "parameters: \(names.joined(separator: ", "))"
            return names.contains(first)
                ? nil : "'\(text)': '\(first)' is not a parameter of '\(site.operationID ?? site.path)' (\(known))"
        }
        if let path = text.dropPrefix("$response.") {
            guard let schema = tree.successSchema(of: site) else {
                return "'\(text)': '\(site.operationID ?? site.path)' has no JSON success response"
            }
            if case .failure(let failure) = tree.resolve(path, from: schema, allowsList: false) {
                return "'\(text)' does not name a response field: \(failure.message)"
            }
            return nil
        }
        return "a waiter parameter's source must be '$request.<name>' or '$response.<field>', found '\(text)'"
    }
}

extension String {
    /// The rest after a non-empty-remainder prefix, or nil.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        guard self.hasPrefix(prefix), self.count > prefix.count else { return nil }
        return String(self.dropFirst(prefix.count))
    }
}
