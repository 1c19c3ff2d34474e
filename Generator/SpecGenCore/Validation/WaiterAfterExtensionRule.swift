/// `x-waiter-after` on an operation that starts a change: the waiter that follows it and where the
/// waiter's parameters come from, so a tool can run "call, then wait" from data alone.
///
/// ```yaml
/// x-waiter-after:
///   waiter: ClusterRunning
///   parameters: {ClusterId: $response.cluster_id}
/// ```
///
/// A sequence of such mappings names several waiters. The extension's shape is read by
/// ``ExtensionReader``; this rule checks the typed entries: `waiter` names a waiter of the service's
/// `x-waiters`; each key of `parameters` is a parameter of the waiter's polled
/// operation and each value is `$request.<path>` (the first name a parameter or body field of this
/// operation) or `$response.<path>` (a field of this operation's success response); every required
/// parameter of the polled operation is given.
struct WaiterAfterExtensionRule: ValidationRule {
    let name = "x-waiter-after"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        let sites = tree.operations
        var waiters: [String: SpecTree.OperationSite] = [:]
        for operation in document.operations {
            guard let site = sites.site(at: operation.pointer) else { continue }
            for waiter in operation.waiters where waiters[waiter.name] == nil { waiters[waiter.name] = site }
        }
        var diagnostics: [Diagnostic] = []
        for operation in document.operations {
            guard let site = sites.site(at: operation.pointer) else { continue }
            for trigger in operation.waiterTriggers {
                diagnostics += Self.check(trigger, site: site, tree: tree, waiters: waiters)
            }
        }
        return diagnostics
    }

    private static func check(
        _ trigger: WaiterTriggerExtension, site: SpecTree.OperationSite, tree: SpecTree,
        waiters: [String: SpecTree.OperationSite]
    ) -> [Diagnostic] {
        let name = trigger.waiter
        guard let polled = waiters[name] else {
            let known = waiters.keys.sorted().joined(separator: ", ")
            return [
                .error(
                    "'waiter: \(name)' names no waiter of the service (waiters: \(known))", at: trigger.waiterLocation)
            ]
        }
        let polledOperation = polled.operationID ?? polled.path
        guard let parameters = trigger.parameters else {
            return [
                .error(
                    "'x-waiter-after' needs 'parameters', mapping each parameter of '\(polled.operationID ?? "?")' "
                        + "to '$request.<name>' or '$response.<field>'",
                    at: trigger.parametersLocation)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for parameter in parameters {
            if tree.parameter(named: parameter.name, of: polled) == nil {
                diagnostics.append(
                    .error(
                        "'\(parameter.name)' is not a parameter of '\(polledOperation)', which waiter '\(name)' polls",
                        at: parameter.nameLocation))
            }
            if let source = parameter.source, let problem = Self.sourceProblem(source, site: site, tree: tree) {
                diagnostics.append(.error(problem, at: parameter.sourceLocation))
            }
        }
        let given = Set(parameters.map(\.name))
        for required in polled.parameters where required["required"]?.resolvedScalar == .bool(true) {
            guard let parameter = required["name"]?.text, !given.contains(parameter) else { continue }
            diagnostics.append(
                .error(
                    "'parameters' misses '\(parameter)', a required parameter of '\(polledOperation)'",
                    at: trigger.parametersLocation))
        }
        return diagnostics
    }

    /// What is wrong with what a `$request.<path>` or `$response.<path>` source refers to, or nil.
    private static func sourceProblem(_ text: String, site: SpecTree.OperationSite, tree: SpecTree) -> String? {
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
        return nil
    }
}

extension String {
    /// The rest after a non-empty-remainder prefix, or nil.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        guard self.hasPrefix(prefix), self.count > prefix.count else { return nil }
        return String(self.dropFirst(prefix.count))
    }
}
