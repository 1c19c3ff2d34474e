import Foundation

/// Writes a ``BundleValue`` as JSON: two-space indentation, keys in their order, a trailing newline.
enum JSONWriter {
    static func write(_ value: BundleValue) -> String {
        var output = ""
        Self.write(value, indent: "", into: &output)
        output += "\n"
        return output
    }

    private static func write(_ value: BundleValue, indent: String, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .int(let int): output += String(int)
        case .double(let double): output += Self.number(double)
        case .string(let string): output += Self.quoted(string)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                Self.write(item, indent: inner, into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            for (index, pair) in pairs.enumerated() {
                output += inner + Self.quoted(pair.key) + ": "
                Self.write(pair.value, indent: inner, into: &output)
                output += index == pairs.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// A finite double in JSON's number syntax; whole values keep a `.0` so they read back as floats.
    static func number(_ double: Double) -> String {
        if double == double.rounded(), abs(double) < 1e15 { return String(format: "%.1f", double) }
        return "\(double)"
    }

    /// A JSON string literal: `"`, `\` and control characters escaped, everything else as UTF-8.
    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
