extension YAMLNode {
    /// Follows a coding path (mapping keys by name, sequence items by index) as far as it leads.
    ///
    /// - Parameter codingPath: The path from this node.
    /// - Returns: The deepest node reached and whether the whole path was found. For a missing key this is
    ///   the mapping that lacks it.
    public func follow(_ codingPath: [any CodingKey]) -> (node: YAMLNode, complete: Bool) {
        var current = self
        for key in codingPath {
            switch current.content {
            case .mapping(let pairs):
                guard let pair = pairs.first(where: { $0.key.scalarValue == key.stringValue }) else {
                    return (current, false)
                }
                current = pair.value
            case .sequence(let items):
                guard let index = key.intValue ?? Self.index(in: key.stringValue), items.indices.contains(index) else {
                    return (current, false)
                }
                current = items[index]
            case .scalar:
                return (current, false)
            }
        }
        return (current, true)
    }

    /// The pair whose value a coding path ends at, when its last step is a mapping key.
    public func pair(at codingPath: [any CodingKey]) -> Pair? {
        guard let last = codingPath.last else { return nil }
        let (parent, complete) = self.follow(Array(codingPath.dropLast()))
        guard complete else { return nil }
        return parent.pair(for: last.stringValue)
    }

    /// Reads an index from keys such as `"3"` or `"Index 3"` (Foundation's name for sequence keys).
    private static func index(in string: String) -> Int? {
        Int(string) ?? (string.hasPrefix("Index ") ? Int(string.dropFirst(6)) : nil)
    }
}
