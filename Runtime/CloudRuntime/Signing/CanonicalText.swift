import Foundation
import HTTPTypes

/// Helpers shared by the signers' canonical forms.
extension Sequence {
    /// Sorted by a string key compared byte by byte in UTF-8, which is how the vendors' SDKs
    /// (Python `sorted`, Java `TreeMap`) order ASCII names; the sort is stable for equal keys.
    func sortedByUTF8(_ key: (Element) -> String) -> [Element] {
        self.enumerated().sorted { lhs, rhs in
            let left = key(lhs.element).utf8
            let right = key(rhs.element).utf8
            if left.elementsEqual(right) { return lhs.offset < rhs.offset }
            return left.lexicographicallyPrecedes(right)
        }.map(\.element)
    }
}

extension String {
    /// Without leading and trailing white space (Python's `str.strip()`).
    func trimmingSpaces() -> String {
        let bytes = self.utf8
        // Most values (all that HTTPFields holds) start and end with a printable ASCII byte: nothing to trim.
        if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80, !Self.isASCIISpace(first),
            !Self.isASCIISpace(last)
        {
            return self
        }
        // Header values are ASCII almost always: trim bytes then; other text takes Unicode's rules.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return self.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let first = bytes.firstIndex(where: { !Self.isASCIISpace($0) }),
            let last = bytes.lastIndex(where: { !Self.isASCIISpace($0) })
        else { return "" }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
        return String(self[first...last])
    }

    /// Whether ``collapsingSpaces()`` would return the text unchanged: ASCII, no white space but single
    /// spaces, none at either end.
    private var isCollapsed: Bool {
        var previous: UInt8 = 0x20
        for byte in self.utf8 {
            if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20 || self.utf8.isEmpty
    }

    /// Space, tab, line feed, vertical tab, form feed, carriage return: the ASCII characters that
    /// Unicode's White_Space property (`Character.isWhitespace`) lists.
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Trimmed, with every run of white space outside double quotes collapsed into one space
    /// (the AWS4 "trimall" rule; quoted text is kept as it is).
    func collapsingSpaces() -> String {
        if self.isCollapsed { return self }
        if self.utf8.allSatisfy({ $0 < 0x80 }) {
            let trimmed = self.trimmingSpaces().utf8
            var output: [UInt8] = []
            output.reserveCapacity(trimmed.count)
            var inQuotes = false
            var pendingSpace = false
            for byte in trimmed {
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if !inQuotes && Self.isASCIISpace(byte) {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    output.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                output.append(byte)
            }
            return String(decoding: output, as: UTF8.self)
        }
        var output = ""
        var inQuotes = false
        var pendingSpace = false
        for character in self.trimmingSpaces() {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes && character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(character)
        }
        return output
    }
}

/// One header of a canonical header block: a lower-cased name and its values.
struct CanonicalHeader {
    var name: String
    var values: [String]

    /// Groups headers by lower-cased name, sorted by name; values of one name sorted and later joined with `,`.
    static func group(
        _ headers: HTTPFields, normalize: (String) -> String, include: (String) -> Bool
    ) -> [CanonicalHeader] {
        var lines: [(name: String, value: String)] = []
        lines.reserveCapacity(headers.count)
        for field in headers {
            let name = field.name.canonicalName
            guard include(name) else { continue }
            lines.append((name, normalize(field.value)))
        }
        // Values of one name are sorted below, so the order among equal names does not matter here.
        lines.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var grouped: [CanonicalHeader] = []
        grouped.reserveCapacity(lines.count)
        for line in lines {
            if let last = grouped.indices.last, grouped[last].name == line.name {
                grouped[last].values.append(line.value)
            } else {
                grouped.append(CanonicalHeader(name: line.name, values: [line.value]))
            }
        }
        for index in grouped.indices where grouped[index].values.count > 1 {
            grouped[index].values = grouped[index].values.sortedByUTF8 { $0 }
        }
        return grouped
    }

    /// Appends the middle of the ACS3 and AWS4 canonical requests: the canonical query, the header
    /// block and the signed names, each followed by a line feed.
    static func appendQueryAndHeaders(_ query: TargetQuery, _ headers: [CanonicalHeader], to output: inout [UInt8]) {
        query.appendCanonical(to: &output)
        output.append(UInt8(ascii: "\n"))
        self.appendBlock(headers, to: &output)
        output.append(UInt8(ascii: "\n"))
        self.appendSignedNames(headers, to: &output)
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends `name:value1,value2\n` for each header.
    static func appendBlock(_ headers: [CanonicalHeader], to output: inout [UInt8]) {
        for header in headers {
            output.append(contentsOf: header.name.utf8)
            output.append(UInt8(ascii: ":"))
            for (position, value) in header.values.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: value.utf8)
            }
            output.append(UInt8(ascii: "\n"))
        }
    }

    /// `name:value1,value2\n` for each header.
    static func block(_ headers: [CanonicalHeader]) -> String {
        var output: [UInt8] = []
        self.appendBlock(headers, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `name1;name2`.
    static func appendSignedNames(_ headers: [CanonicalHeader], to output: inout [UInt8]) {
        for (position, header) in headers.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ";")) }
            output.append(contentsOf: header.name.utf8)
        }
    }

    /// `name1;name2`.
    static func signedNames(_ headers: [CanonicalHeader]) -> String {
        var output: [UInt8] = []
        self.appendSignedNames(headers, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
