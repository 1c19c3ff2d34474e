import Foundation
import HTTPTypes

/// Helpers shared by the signers' canonical forms.
extension Sequence {
    /// Sorted by a string key compared byte by byte in UTF-8, which is how the vendors' SDKs
    /// (Python `sorted`, Java `TreeMap`) order ASCII names; the sort is stable for equal keys.
    func sortedByUTF8(_ key: (Element) -> String) -> [Element] {
        self.enumerated().sorted { lhs, rhs in
            let left = key(lhs.element).utf8, right = key(rhs.element).utf8
            if left.elementsEqual(right) { return lhs.offset < rhs.offset }
            return left.lexicographicallyPrecedes(right)
        }.map(\.element)
    }
}

extension String {
    /// Without leading and trailing white space (Python's `str.strip()`).
    func trimmingSpaces() -> String {
        let bytes = self.utf8
        // Header values are ASCII almost always: trim bytes then; other text takes Unicode's rules.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return self.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let first = bytes.firstIndex(where: { !Self.isASCIISpace($0) }),
            let last = bytes.lastIndex(where: { !Self.isASCIISpace($0) })
        else { return "" }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
        return String(self[first...last])
    }

    /// Space, tab, line feed, vertical tab, form feed, carriage return: the ASCII characters that
    /// Unicode's White_Space property (`Character.isWhitespace`) lists.
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Trimmed, with every run of white space outside double quotes collapsed into one space
    /// (the AWS4 "trimall" rule; quoted text is kept as it is).
    func collapsingSpaces() -> String {
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
    static func group(_ headers: HTTPFields, normalize: (String) -> String, include: (String) -> Bool) -> [CanonicalHeader] {
        var grouped: [String: [String]] = [:]
        for field in headers {
            let name = field.name.canonicalName
            guard include(name) else { continue }
            grouped[name, default: []].append(normalize(field.value))
        }
        return grouped.map { CanonicalHeader(name: $0.key, values: $0.value.sortedByUTF8 { $0 }) }.sortedByUTF8(\.name)
    }

    /// `name:value1,value2\n` for each header.
    static func block(_ headers: [CanonicalHeader]) -> String {
        headers.map { "\($0.name):\($0.values.joined(separator: ","))\n" }.joined()
    }

    /// `name1;name2`.
    static func signedNames(_ headers: [CanonicalHeader]) -> String {
        headers.map(\.name).joined(separator: ";")
    }
}
