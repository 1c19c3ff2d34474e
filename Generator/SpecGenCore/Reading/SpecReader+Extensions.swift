extension SpecReader {
    static func readPagination(_ node: YAMLNode, pointer: [String]) -> PaginationExtension {
        var names: [String: String] = [:]
        for (key, value) in node.namedValues where key != "style" {
            names[key] = value.text
        }
        return PaginationExtension(
            style: node["style"]?.text.flatMap(PaginationModel.Style.init(rawValue:)), names: names, pointer: pointer)
    }

    static func readWaiters(_ node: YAMLNode?, pointer: [String]) -> [WaiterExtension] {
        (node?.namedValues ?? []).filter { $0.value.pairs != nil }.sorted { $0.name < $1.name }.map { name, waiter in
            let waiterPointer = pointer + [name]
            return WaiterExtension(
                name: name, summary: waiter["summary"]?.text, interval: waiter["interval"]?.intValue,
                timeout: waiter["timeout"]?.intValue,
                acceptors: (waiter["acceptors"]?.items ?? []).enumerated().map { index, acceptor in
                    WaiterExtension.Acceptor(
                        result: acceptor["result"]?.text.flatMap(WaiterAcceptorModel.Result.init(rawValue:)),
                        match: acceptor["match"]?.text, equals: acceptor["equals"],
                        elements: acceptor["elements"]?.text, errorCode: acceptor["error"]?.text,
                        status: acceptor["status"]?.intValue, pointer: waiterPointer + ["acceptors", String(index)])
                },
                pointer: waiterPointer)
        }
    }

    /// `x-waiter-after` is one entry or a list of them.
    static func readWaiterTriggers(_ node: YAMLNode?, pointer: [String]) -> [WaiterTriggerExtension] {
        guard let node else { return [] }
        let entries =
            node.items.map { Array($0.enumerated()).map { ($1, pointer + [String($0)]) } } ?? [(node, pointer)]
        return entries.compactMap { entry, entryPointer in
            guard entry.pairs != nil else { return nil }
            return WaiterTriggerExtension(
                waiter: entry["waiter"]?.text,
                parameters: (entry["parameters"]?.namedValues ?? []).compactMap { name, source in
                    source.text.map { (name, $0) }
                }.sorted { $0.name < $1.name },
                pointer: entryPointer)
        }
    }
}
