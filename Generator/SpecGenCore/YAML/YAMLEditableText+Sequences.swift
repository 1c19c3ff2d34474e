extension YAMLEditableText {
    /// Inserts items into a sequence.
    ///
    /// In a flow sequence the items join the list (`[a, b]` → `[a, new, b]`); in a block sequence
    /// each gets a line of its own with the dash and indentation of its neighbour.
    /// - Parameters:
    ///   - items: The items' YAML text, e.g. `string` or `'null'`.
    ///   - sequence: The sequence node.
    ///   - index: The item to insert before; nil appends.
    /// - Returns: The edit, or nil when the node is not a parsed sequence.
    public func inserting(_ items: [String], into sequence: YAMLNode, before index: Int? = nil) -> YAMLTextEdit? {
        guard let existing = sequence.items, let extent = sequence.extent, !items.isEmpty else { return nil }
        let joined = items.joined(separator: ", ")
        if extent.isFlow {
            if let index, existing.indices.contains(index), let next = existing[index].extent {
                return YAMLTextEdit(range: next.start..<next.start, replacement: joined + ", ")
            }
            guard let last = existing.last else {
                return YAMLTextEdit(range: extent.end - 1..<extent.end - 1, replacement: joined)
            }
            guard let end = last.extent?.end else { return nil }
            return YAMLTextEdit(range: end..<end, replacement: ", " + joined)
        }
        let neighbour = index.flatMap { existing.indices.contains($0) ? existing[$0] : nil } ?? existing.last
        guard let neighbour, let prefix = self.itemPrefix(neighbour) else { return nil }
        let offset: Int
        if let index, existing.indices.contains(index), let start = neighbour.extent?.start {
            offset = self.lineStart(start)
        } else {
            guard let end = neighbour.extent?.end else { return nil }
            offset = self.nextLineStart(end)
        }
        return self.lines(items.map { prefix + $0 }, at: offset)
    }

    /// Removes items from a sequence, keeping at least one.
    ///
    /// In a flow sequence an item goes with its separator; in a block sequence its whole line goes.
    /// - Parameters:
    ///   - indexes: The items to remove.
    ///   - sequence: The sequence node.
    /// - Returns: The edits, or nil when the node is not a parsed sequence or every item would go
    ///   (remove the key instead, with ``removingPair(at:from:)``).
    public func removing(itemsAt indexes: Set<Int>, from sequence: YAMLNode) -> [YAMLTextEdit]? {
        guard let items = sequence.items, let extent = sequence.extent else { return nil }
        let removed = items.indices.filter(indexes.contains)
        guard removed.count < items.count else { return nil }
        guard extent.isFlow else {
            var edits: [YAMLTextEdit] = []
            for index in removed {
                guard let item = items[index].extent else { return nil }
                edits.append(self.removingLines(from: item.start, to: item.end))
            }
            return edits
        }
        // Each run of removed items goes up to the next kept item, or, at the end, from the kept one before.
        var edits: [YAMLTextEdit] = []
        var runStart: Int?
        for index in items.indices {
            let isRemoved = indexes.contains(index)
            if isRemoved, runStart == nil { runStart = index }
            guard let first = runStart, !isRemoved || index == items.count - 1 else { continue }
            let last = isRemoved ? index : index - 1
            if isRemoved {
                guard let kept = items[first - 1].extent, let end = items[last].extent?.end else { return nil }
                edits.append(YAMLTextEdit(range: kept.end..<end, replacement: ""))
            } else {
                guard let start = items[first].extent?.start, let next = items[index].extent?.start else { return nil }
                edits.append(YAMLTextEdit(range: start..<next, replacement: ""))
            }
            runStart = nil
        }
        return edits
    }

    /// What precedes a block sequence item on its line with the dash's own column: `  - `.
    private func itemPrefix(_ item: YAMLNode) -> String? {
        guard let start = item.extent?.start else { return nil }
        let lineStart = self.lineStart(start)
        guard let dash = self.scalars[lineStart..<start].lastIndex(of: "-") else { return nil }
        let between = String(String.UnicodeScalarView(self.scalars[dash..<start]))
        return String(repeating: " ", count: dash - lineStart) + between
    }
}
