/// Writes a ``BundleValue`` as block-style YAML that reads back to the same JSON value.
///
/// Strings are written plain only when a YAML 1.2 reader would take them back as the same string;
/// otherwise they are double-quoted with JSON escapes, which YAML reads identically.
enum YAMLWriter {
    static func write(_ value: BundleValue) -> String {
        var output = ""
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            Self.writePairs(pairs, indent: "", into: &output)
        case .array(let items) where !items.isEmpty:
            Self.writeItems(items, indent: "", into: &output)
        default:
            output = Self.inline(value) + "\n"
        }
        return output
    }

    private static func writePairs(_ pairs: [(key: String, value: BundleValue)], indent: String, into output: inout String) {
        for pair in pairs {
            output += indent + Self.string(pair.key) + ":"
            Self.writeValue(pair.value, indent: indent, into: &output)
        }
    }

    private static func writeItems(_ items: [BundleValue], indent: String, into output: inout String) {
        for item in items {
            output += indent + "-"
            switch item {
            case .object(let pairs) where !pairs.isEmpty:
                // The first pair shares the dash's line; the rest align under it.
                var first = ""
                Self.writePairs([pairs[0]], indent: indent + "  ", into: &first)
                output += " " + first.dropFirst(indent.count + 2)
                Self.writePairs(Array(pairs.dropFirst()), indent: indent + "  ", into: &output)
            case .array(let nested) where !nested.isEmpty:
                output += "\n"
                Self.writeItems(nested, indent: indent + "  ", into: &output)
            default:
                output += " " + Self.scalar(item, indent: indent + "  ") + "\n"
            }
        }
    }

    private static func writeValue(_ value: BundleValue, indent: String, into output: inout String) {
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            output += "\n"
            Self.writePairs(pairs, indent: indent + "  ", into: &output)
        case .array(let items) where !items.isEmpty:
            output += "\n"
            Self.writeItems(items, indent: indent + "  ", into: &output)
        default:
            output += " " + Self.scalar(value, indent: indent + "  ") + "\n"
        }
    }

    /// A scalar in a value position: multi-line text as a literal block, the rest inline.
    private static func scalar(_ value: BundleValue, indent: String) -> String {
        guard case .string(let text) = value, let block = Self.literalBlock(text, indent: indent) else {
            return Self.inline(value)
        }
        return block
    }

    /// `|` followed by the lines, when a literal block reads back as exactly `text`; nil otherwise.
    private static func literalBlock(_ text: String, indent: String) -> String? {
        guard text.contains("\n"), let first = text.first, first != " ", first != "\n" else { return nil }
        let isPrintable = text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F) }
        guard isPrintable, !text.contains("\r") else { return nil }
        var body = Substring(text)
        var trailing = 0
        while body.last == "\n" {
            body.removeLast()
            trailing += 1
        }
        // Strip (`-`) for no final newline, clip for one, keep (`+`) for more.
        let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var output = "|" + chomping
        for line in lines {
            output += "\n" + (line.isEmpty ? "" : indent + line)
        }
        output += String(repeating: "\n", count: max(trailing - 1, 0))
        return output
    }

    private static func inline(_ value: BundleValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): JSONWriter.number(double)
        case .string(let string): Self.string(string)
        case .array: "[]"
        case .object: "{}"
        }
    }

    /// A string, plain when that is unambiguous, else double-quoted.
    static func string(_ string: String) -> String {
        Self.isSafePlain(string) ? string : JSONWriter.quoted(string)
    }

    private static func isSafePlain(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last else { return false }
        guard YAMLScalar.resolvePlain(string) == .string(string) else { return false }
        let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " "]
        if indicators.contains(first) { return false }
        // YAML 1.1 readers (PyYAML among them) take `2015-12-15` for a date, `1_000` for a number and
        // `yes`/`off` for booleans; quoting such strings keeps every reader on the same value.
        if first.properties.numericType != nil || first == "+" || first == "." { return false }
        if ["y", "n", "yes", "no", "on", "off"].contains(string.lowercased()) { return false }
        if last == " " || last == ":" { return false }
        if string.contains(": ") || string.contains(" #") || string.contains("\t") { return false }
        return string.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0.value < 0x80 && !",[]{}".unicodeScalars.contains($0) }
    }
}
