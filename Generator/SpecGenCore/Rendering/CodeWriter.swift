/// Accumulates indented lines; the only place that knows about indentation width.
struct CodeWriter {
    /// Lines are wrapped (arguments or parameters one per line) when longer than this.
    static let lineLimit = 120
    static let indentUnit = "    "

    private(set) var lines: [String] = []
    private(set) var level = 0

    /// The text, one trailing newline.
    var text: String {
        var trimmed = self.lines
        while trimmed.last == "" { trimmed.removeLast() }
        return trimmed.joined(separator: "\n") + "\n"
    }

    /// Columns already taken by indentation at the current level.
    var indentWidth: Int { self.level * Self.indentUnit.count }

    /// Writes one line at the current indentation (empty lines stay empty).
    mutating func line(_ text: String) {
        self.lines.append(text.isEmpty ? "" : String(repeating: Self.indentUnit, count: self.level) + text)
    }

    /// Writes a blank line, never two in a row and never right after an opening brace.
    mutating func blankLine() {
        guard let last = self.lines.last, last != "", !last.hasSuffix("{") else { return }
        self.lines.append("")
    }

    /// Runs `body` one level deeper.
    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        self.level += 1
        body(&self)
        self.level -= 1
    }
}
