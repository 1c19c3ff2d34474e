/// A YAML file's text, for computing edits that keep its layout: the edits insert or remove entries
/// of sequences and mappings, block or flow, where a person would, with the indentation already used.
///
/// The nodes given must come from parsing this very text (their ``YAMLNode/extent`` indexes it); a
/// node without an extent gives no edit (nil).
public struct YAMLEditableText: Sendable {
    let scalars: [Unicode.Scalar]

    /// Wraps a file's text.
    public init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    /// The text a node was written as, e.g. `'null'` for a quoted scalar.
    public func source(of node: YAMLNode) -> String? {
        guard let extent = node.extent, extent.end <= self.scalars.count else { return nil }
        return String(String.UnicodeScalarView(self.scalars[extent.start..<extent.end]))
    }

    /// Replaces a node's text.
    public func replacing(_ node: YAMLNode, with text: String) -> YAMLTextEdit? {
        guard let extent = node.extent else { return nil }
        return YAMLTextEdit(range: extent.start..<extent.end, replacement: text)
    }

    // MARK: - Lines

    /// The offset where the line holding `offset` starts.
    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, self.scalars.count)
        while index > 0, self.scalars[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// The offset of the next line after the one `offset` ends on: `offset` itself when it is at the
    /// start of a line, otherwise just past the next line break; the text's end when there is none.
    func nextLineStart(_ offset: Int) -> Int {
        if offset > 0, offset <= self.scalars.count, self.scalars[offset - 1] == "\n" { return offset }
        var index = offset
        while index < self.scalars.count {
            if self.scalars[index] == "\n" { return index + 1 }
            index += 1
        }
        return self.scalars.count
    }

    /// Whether only spaces come between the line's start and `offset`.
    func isIndentation(upTo offset: Int) -> Bool {
        self.scalars[self.lineStart(offset)..<offset].allSatisfy { $0 == " " }
    }

    /// Text to insert as whole lines at `offset` (a line start, or the end of a text without a final
    /// line break, which then gets one first).
    func lines(_ lines: [String], at offset: Int) -> YAMLTextEdit {
        var text = lines.map { $0 + "\n" }.joined()
        if offset == self.scalars.count, offset > 0, self.scalars[offset - 1] != "\n" {
            text = "\n" + String(text.dropLast())
        }
        return YAMLTextEdit(range: offset..<offset, replacement: text)
    }

    /// Removes the whole lines from the one holding `start` through the one holding `end - 1`.
    func removingLines(from start: Int, to end: Int) -> YAMLTextEdit {
        YAMLTextEdit(range: self.lineStart(start)..<self.nextLineStart(end), replacement: "")
    }
}
