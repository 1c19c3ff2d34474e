extension ExtensionReader {
    static let waiterKeys = ["summary", "interval", "timeout", "acceptors"]
    static let acceptorKeys = ["match", "equals", "elements", "error", "status", "result"]

    /// An operation's `x-waiters`: waiter names spelled as Swift type names (`ClusterRunning`), each a
    /// mapping with an optional string `summary`, `interval` and `timeout` in positive whole seconds with
    /// `timeout ≥ interval`, and non-empty `acceptors` of which one has `result: success`. Each acceptor
    /// has exactly one of `match` (a non-empty path, with `equals` and optionally `elements: all | any`),
    /// `error` (a vendor error code) or `status` (an HTTP status), and a `result` of `success`, `failure`
    /// or `retry`. Whether the names are unique in the service and what `match` and `equals` refer to is
    /// the `x-waiters` rule's to check.
    ///
    /// ```yaml
    /// x-waiters:
    ///   ClusterRunning:
    ///     summary: Waits until the cluster runs.
    ///     interval: 15                  # seconds between polls
    ///     timeout: 1800                 # seconds
    ///     acceptors:
    ///       - {match: state, equals: running, result: success}
    ///       - {match: ClusterSet.Status, elements: any, equals: error, result: failure}
    ///       - {error: ErrorClusterNotFound, result: retry}
    ///       - {status: 404, result: success}
    /// ```
    ///
    /// - Returns: Every waiter with a name, sorted by name, malformed parts left out.
    mutating func readWaiters(_ node: YAMLNode, pointer: [String]) -> [WaiterExtension] {
        guard let pairs = node.pairs, !pairs.isEmpty else {
            self.error("'x-waiters' must map waiter names to waiters, found \(node.kindDescription)", at: node)
            return []
        }
        var waiters: [WaiterExtension] = []
        for pair in pairs {
            guard let name = pair.key.text else { continue }
            if !SwiftName.isTypeIdentifier(name) {
                self.error(
                    "waiter name '\(name)' must start with an upper-case letter and hold only letters and digits",
                    at: pair.key)
            }
            waiters.append(
                self.readWaiter(pair.value, name: name, nameLocation: pair.key.location, pointer: pointer + [name]))
        }
        return waiters.sorted { $0.name < $1.name }
    }

    private mutating func readWaiter(
        _ node: YAMLNode, name: String, nameLocation: SourceLocation, pointer: [String]
    ) -> WaiterExtension {
        var waiter = WaiterExtension(name: name, nameLocation: nameLocation, acceptors: [], pointer: pointer)
        guard let pairs = node.pairs else {
            self.error(
                "waiter '\(name)' must be a mapping (summary, interval, timeout, acceptors), found \(node.kindDescription)",
                at: node)
            return waiter
        }
        self.reportUnknownKeys(of: pairs, expected: Self.waiterKeys, in: "waiter '\(name)'")
        if let summary = node["summary"] {
            waiter.summary = summary.stringValue
            if waiter.summary == nil {
                self.error(
                    "'summary' of waiter '\(name)' must be a string, found \(summary.kindDescription)", at: summary)
            }
        }
        waiter.interval = self.readSeconds(node, key: "interval", name: name)
        waiter.timeout = self.readSeconds(node, key: "timeout", name: name)
        if let timeout = waiter.timeout, let interval = waiter.interval, timeout < interval, let key = node["timeout"] {
            self.error(
                "'timeout' of waiter '\(name)' (\(timeout) s) is shorter than its 'interval' (\(interval) s)", at: key)
        }
        guard let acceptors = node["acceptors"] else {
            self.error("waiter '\(name)' needs 'acceptors'", at: node)
            return waiter
        }
        guard let items = acceptors.items, !items.isEmpty else {
            self.error(
                "'acceptors' of waiter '\(name)' must be a non-empty sequence, found \(acceptors.kindDescription)",
                at: acceptors)
            return waiter
        }
        for (index, item) in items.enumerated() {
            if let acceptor = self.readAcceptor(item, pointer: pointer + ["acceptors", String(index)]) {
                waiter.acceptors.append(acceptor)
            }
        }
        if waiter.acceptors.count == items.count, !waiter.acceptors.contains(where: { $0.result == .success }) {
            self.error("waiter '\(name)' has no acceptor with 'result: success'; it could never succeed", at: acceptors)
        }
        return waiter
    }

    private mutating func readSeconds(_ waiter: YAMLNode, key: String, name: String) -> Int? {
        guard let node = waiter[key] else {
            self.error("waiter '\(name)' needs '\(key)' (whole seconds)", at: waiter)
            return nil
        }
        guard case .int(let value) = node.resolvedScalar, value > 0 else {
            self.error(
                "'\(key)' of waiter '\(name)' must be a positive whole number of seconds, found \(Self.describeText(node))",
                at: node)
            return nil
        }
        return value
    }

    /// One acceptor; nil when any part of it is malformed.
    private mutating func readAcceptor(_ node: YAMLNode, pointer: [String]) -> WaiterExtension.Acceptor? {
        guard let pairs = node.pairs else {
            self.error(
                "an acceptor must be a mapping such as {match: state, equals: running, result: success}, "
                    + "found \(node.kindDescription)",
                at: node)
            return nil
        }
        let before = self.diagnostics.count
        self.reportUnknownKeys(of: pairs, expected: Self.acceptorKeys, in: "an acceptor")
        let kinds = ["match", "error", "status"].filter { node[$0] != nil }
        if kinds.count != 1 {
            let found = kinds.isEmpty ? "" : ", found \(kinds.joined(separator: " and "))"
            self.error("an acceptor needs exactly one of 'match', 'error' or 'status'\(found)", at: node)
        }
        var match: String?
        var elements: String?
        if let matchNode = node["match"] {
            match = matchNode.stringValue.flatMap { $0.isEmpty ? nil : $0 }
            if match == nil {
                self.error(
                    "'match' must be a dotted path of response fields, found \(matchNode.kindDescription)",
                    at: matchNode)
            }
            if node["equals"] == nil {
                self.error("an acceptor with 'match' needs 'equals', the value that matches", at: node)
            }
            if let elementsNode = node["elements"] {
                elements = elementsNode.stringValue.flatMap { ["all", "any"].contains($0) ? $0 : nil }
                if elements == nil {
                    self.error(
                        "'elements' must be 'all' or 'any', found \(Self.describeText(elementsNode))", at: elementsNode)
                }
            }
        } else {
            for key in ["equals", "elements"] {
                if let pair = node.pair(for: key) { self.error("'\(key)' applies only with 'match'", at: pair.key) }
            }
        }
        var errorCode: String?
        if let code = node["error"] {
            errorCode = code.stringValue.flatMap { $0.isEmpty ? nil : $0 }
            if errorCode == nil {
                self.error("'error' must be a vendor error code, found \(code.kindDescription)", at: code)
            }
        }
        var status: Int?
        if let statusNode = node["status"] {
            guard case .int(let value) = statusNode.resolvedScalar, (100...599).contains(value) else {
                self.error(
                    "'status' must be an HTTP status from 100 to 599, found \(Self.describeText(statusNode))",
                    at: statusNode)
                return nil
            }
            status = value
        }
        guard let resultNode = node["result"] else {
            self.error("an acceptor needs 'result: success', 'failure' or 'retry'", at: node)
            return nil
        }
        guard let result = resultNode.stringValue.flatMap(WaiterAcceptorModel.Result.init(rawValue:)) else {
            self.error(
                "'result' must be 'success', 'failure' or 'retry', found \(Self.describeText(resultNode))",
                at: resultNode)
            return nil
        }
        guard self.diagnostics.count == before else { return nil }
        return WaiterExtension.Acceptor(
            result: result, match: match, matchLocation: node["match"]?.location, equals: node["equals"],
            elements: elements, elementsLocation: node["elements"]?.location, errorCode: errorCode, status: status,
            pointer: pointer)
    }
}
