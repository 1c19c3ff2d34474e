extension ExtensionReader {
    static let waiterAfterKeys = ["waiter", "parameters"]

    /// An operation's `x-waiter-after`: one mapping `{waiter, parameters}` or a non-empty sequence of
    /// them, `waiter` a name and `parameters` a mapping of names to `$request.<path>` or
    /// `$response.<path>`. Whether the waiter exists and the names and paths resolve is the
    /// `x-waiter-after` rule's to check.
    ///
    /// ```yaml
    /// x-waiter-after:
    ///   waiter: ClusterRunning
    ///   parameters: {ClusterId: $response.cluster_id}
    /// ```
    ///
    /// - Returns: The entries with a waiter name and, when given, a well-formed `parameters` mapping.
    mutating func readWaiterTriggers(_ node: YAMLNode, pointer: [String]) -> [WaiterTriggerExtension] {
        let entries =
            node.items.map { Array($0.enumerated()).map { ($1, pointer + [String($0)]) } } ?? [(node, pointer)]
        if entries.isEmpty { self.error("'x-waiter-after' must name at least one waiter", at: node) }
        return entries.compactMap { entry, entryPointer in self.readWaiterTrigger(entry, pointer: entryPointer) }
    }

    private mutating func readWaiterTrigger(_ entry: YAMLNode, pointer: [String]) -> WaiterTriggerExtension? {
        guard let pairs = entry.pairs else {
            self.error(
                "'x-waiter-after' must be a mapping {waiter, parameters} or a sequence of them, found \(entry.kindDescription)",
                at: entry)
            return nil
        }
        self.reportUnknownKeys(of: pairs, expected: Self.waiterAfterKeys, in: "'x-waiter-after'")
        guard let waiterNode = entry["waiter"] else {
            self.error("'x-waiter-after' needs 'waiter', the name of a waiter in 'x-waiters'", at: entry)
            return nil
        }
        guard let waiter = waiterNode.stringValue else {
            self.error(
                "'waiter' must name a waiter of 'x-waiters', found \(waiterNode.kindDescription)", at: waiterNode)
            return nil
        }
        var trigger = WaiterTriggerExtension(
            waiter: waiter, waiterLocation: waiterNode.location, parameters: nil, parametersLocation: entry.location,
            pointer: pointer)
        guard let parametersNode = entry["parameters"] else { return trigger }
        guard let parameterPairs = parametersNode.pairs else {
            self.error("'parameters' must be a mapping, found \(parametersNode.kindDescription)", at: parametersNode)
            return nil
        }
        trigger.parametersLocation = parametersNode.location
        trigger.parameters = parameterPairs.compactMap { pair in
            guard let name = pair.key.text else { return nil }
            return WaiterTriggerExtension.Parameter(
                name: name, nameLocation: pair.key.location, source: self.readWaiterSource(pair.value),
                sourceLocation: pair.value.location)
        }.sorted { $0.name < $1.name }
        return trigger
    }

    /// `$request.<path>` or `$response.<path>` with a non-empty path; nil, reported, otherwise.
    private mutating func readWaiterSource(_ node: YAMLNode) -> String? {
        let found = node.stringValue.map { "'\($0)'" } ?? node.kindDescription
        guard let text = node.stringValue,
            ["$request.", "$response."].contains(where: { text.hasPrefix($0) && text.count > $0.count })
        else {
            self.error(
                "a waiter parameter's source must be '$request.<name>' or '$response.<field>', found \(found)", at: node
            )
            return nil
        }
        return text
    }
}
