import Foundation

extension DriftPath {
    /// Reads a path as records write it (`$`, `.name`, `["odd name"]`, `[*]`).
    ///
    /// - Parameter text: The path, e.g. `$.clusters[*].size`.
    /// - Returns: The path, or nil when the text is not one.
    public init?(parsing text: String) {
        var rest = Substring(text)
        guard rest.first == "$" else { return nil }
        rest.removeFirst()
        var steps: [Step] = []
        while let first = rest.first {
            if first == "." {
                rest.removeFirst()
                let name = rest.prefix { $0 != "." && $0 != "[" }
                guard Self.isIdentifier(String(name)) else { return nil }
                steps.append(.member(String(name)))
                rest = rest.dropFirst(name.count)
            } else if rest.hasPrefix("[*]") {
                steps.append(.element)
                rest = rest.dropFirst(3)
            } else if rest.hasPrefix("[\"") {
                guard let (name, length) = Self.quotedName(rest.dropFirst()), rest.dropFirst(1 + length).first == "]"
                else { return nil }
                steps.append(.member(name))
                rest = rest.dropFirst(2 + length)
            } else {
                return nil
            }
        }
        self.init(steps)
    }

    /// The JSON string at the start of `text` and how many characters it spans, quotes included.
    private static func quotedName(_ text: Substring) -> (String, Int)? {
        var escaped = false
        for (offset, character) in text.enumerated().dropFirst() {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                let literal = String(text.prefix(offset + 1))
                guard let name = try? JSONDecoder().decode(String.self, from: Data(literal.utf8)) else { return nil }
                return (name, offset + 1)
            }
        }
        return nil
    }
}
