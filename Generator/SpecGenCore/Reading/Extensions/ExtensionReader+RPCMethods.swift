extension ExtensionReader {
    /// An action's `x-rpc-methods`: a non-empty list of method names, nil unless every entry is one (so
    /// entry N of the value is entry N of the spec). Whether the service allows them, and whether the
    /// service is RPC at all, is the `rpc-operation` rule's to check.
    mutating func readRPCMethods(_ node: YAMLNode, action: String) -> [String]? {
        guard let items = node.items, !items.isEmpty else {
            self.error("'x-rpc-methods' of '\(action)' must list GET and/or POST", at: node)
            return nil
        }
        var methods: [String] = []
        for item in items {
            guard let method = item.text else {
                self.error(
                    "'x-rpc-methods' of '\(action)' lists \(item.kindDescription); list GET and/or POST", at: item)
                continue
            }
            methods.append(method)
        }
        return methods.count == items.count ? methods : nil
    }
}
