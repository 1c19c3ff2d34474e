extension ResponseDrift {
    /// One step of a ``ResponseDrift/path`` from the top of the body.
    public enum PathStep: Hashable, Sendable {
        /// A member of an object, by its name on the wire.
        case member(String)
        /// Any element of a list.
        case element
    }

    /// The path text for steps from the top of the body: `$`, then `.name` for a member whose name
    /// is an identifier (`[A-Za-z_][A-Za-z0-9_]*`), `["odd name"]` (a JSON string) for any other
    /// member, and `[*]` for a list element.
    ///
    /// - Parameter steps: The steps, outermost first.
    /// - Returns: For example `$.clusters[*].size` or `$["x-custom"]`.
    public static func path(_ steps: some Sequence<PathStep>) -> String {
        var text = "$"
        for step in steps {
            switch step {
            case .element:
                text += "[*]"
            case .member(let name) where Self.isIdentifier(name):
                text += "." + name
            case .member(let name):
                text += "[" + Self.quoted(name) + "]"
            }
        }
        return text
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || Self.isLetter(first) else { return false }
        return name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || Self.isLetter($0) || (0x30...0x39).contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The name as a JSON string: quotes, backslashes and control characters escaped.
    private static func quoted(_ name: String) -> String {
        var text = "\""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
