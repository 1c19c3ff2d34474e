extension YAMLEditableText {
    /// Appends entries to a mapping.
    ///
    /// In a flow mapping they join the braces (`{a: 1}` → `{a: 1, b: 2}`); in a block mapping each gets
    /// a line of its own after the last entry, at the column of the mapping's keys.
    /// - Parameters:
    ///   - entries: One-line `key: value` texts, the values in flow style when they are collections.
    ///   - mapping: The mapping node.
    /// - Returns: The edit, or nil when the node is not a parsed mapping.
    public func appending(_ entries: [String], to mapping: YAMLNode) -> YAMLTextEdit? {
        guard let pairs = mapping.pairs, let extent = mapping.extent, !entries.isEmpty else { return nil }
        let joined = entries.joined(separator: ", ")
        guard let last = pairs.last else {
            guard extent.isFlow else { return nil }
            return YAMLTextEdit(range: extent.end - 1..<extent.end - 1, replacement: joined)
        }
        guard let end = last.value.extent?.end ?? last.key.extent?.end else { return nil }
        if extent.isFlow { return YAMLTextEdit(range: end..<end, replacement: ", " + joined) }
        let indentation = String(repeating: " ", count: max(pairs[0].key.location.column - 1, 0))
        return self.lines(entries.map { indentation + $0 }, at: self.nextLineStart(end))
    }

    /// Removes one entry of a mapping, key and value.
    ///
    /// In a block mapping the entry's lines go; in a flow mapping the entry goes with its separator.
    /// - Parameters:
    ///   - index: The entry's position in the mapping.
    ///   - mapping: The mapping node.
    /// - Returns: The edit, or nil when the node is not a parsed mapping or the entry shares its
    ///   line with something that must stay (the dash of a sequence item).
    public func removingPair(at index: Int, from mapping: YAMLNode) -> YAMLTextEdit? {
        guard let pairs = mapping.pairs, pairs.indices.contains(index), let extent = mapping.extent,
            let key = pairs[index].key.extent
        else { return nil }
        let end = pairs[index].value.extent?.end ?? key.end
        let next = index + 1 < pairs.count ? pairs[index + 1].key.extent?.start : nil
        if !extent.isFlow, self.isIndentation(upTo: key.start) {
            return self.removingLines(from: key.start, to: end)
        }
        if let next { return YAMLTextEdit(range: key.start..<next, replacement: "") }
        if index > 0, let previous = pairs[index - 1].value.extent?.end, extent.isFlow {
            return YAMLTextEdit(range: previous..<end, replacement: "")
        }
        return extent.isFlow ? YAMLTextEdit(range: key.start..<end, replacement: "") : nil
    }
}
