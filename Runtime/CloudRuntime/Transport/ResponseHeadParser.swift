import HTTPTypes

/// Collects response header lines as curl delivers them, keeping only the final response's header block.
///
/// curl calls the header callback once per line for every response it reads on the way, informational
/// `100 Continue` responses and redirects included; each status line therefore starts a fresh block.
struct ResponseHeadParser {
    /// The lines of the current (so far last) header block, in received order.
    private var lines: [(name: String, value: String)] = []

    /// The collected fields; a field whose name is not a valid token is dropped.
    var fields: HTTPFields {
        var fields = HTTPFields()
        fields.reserveCapacity(self.lines.count)
        for line in self.lines {
            guard let name = HTTPField.Name(line.name) else { continue }
            fields.append(HTTPField(name: name, value: line.value))
        }
        return fields
    }

    /// Consumes one raw header line, with or without its trailing CRLF.
    mutating func consume(_ rawLine: some Collection<UInt8>) {
        var bytes = Array(rawLine)
        while let last = bytes.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            bytes.removeLast()
        }
        let line = String(decoding: bytes, as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            self.lines.removeAll()
        } else if line.isEmpty {
            return
        } else if let first = line.first, first == " " || first == "\t" {
            // An obsolete folded continuation line belongs to the previous field.
            guard !self.lines.isEmpty else { return }
            let continuation = Self.trimmed(Substring(line))
            self.lines[self.lines.count - 1].value += self.lines[self.lines.count - 1].value.isEmpty
                ? continuation : " " + continuation
        } else if let colon = line.firstIndex(of: ":") {
            let name = Self.trimmed(line[..<colon])
            guard !name.isEmpty else { return }
            self.lines.append((name, Self.trimmed(line[line.index(after: colon)...])))
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isBlank($0) }),
            let end = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[start...end])
    }
}
