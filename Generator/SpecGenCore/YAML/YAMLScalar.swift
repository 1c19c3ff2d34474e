/// A scalar's value resolved by the YAML 1.2 core schema.
///
/// Plain scalars are typed by their text (`true`, `12`, `1.5`, `~`); quoted and block scalars, and
/// scalars tagged `!!str`, are always strings. The decoder does not use this for typed fields (it resolves
/// by the type asked for, so `version: 1.0` is the string "1.0"); the bundler uses it for untyped values.
public enum YAMLScalar: Hashable, Sendable {
    /// `null`, `Null`, `NULL`, `~` or an empty plain scalar.
    case null
    /// `true`/`false` in any of the three cases the core schema allows.
    case bool(Bool)
    /// A decimal, `0o` octal or `0x` hexadecimal integer that fits in `Int`.
    case int(Int)
    /// A float, including `.inf` and `.nan`.
    case double(Double)
    /// Anything else.
    case string(String)

    /// Resolves plain text by the core schema.
    public static func resolvePlain(_ text: String) -> YAMLScalar {
        if let _ = nullValue(text) { return .null }
        if let bool = boolValue(text) { return .bool(bool) }
        if let int = intValue(text) { return .int(int) }
        if let double = doubleValue(text) { return .double(double) }
        return .string(text)
    }

    /// `()` when the plain text is a core-schema null.
    static func nullValue(_ text: String) -> Void? {
        ["", "~", "null", "Null", "NULL"].contains(text) ? () : nil
    }

    /// The core-schema boolean for plain text, or nil.
    static func boolValue(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// The core-schema integer for plain text, or nil (also nil when it does not fit in `Int`).
    static func intValue(_ text: String) -> Int? {
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8).flatMap { text.count > 2 ? $0 : nil } }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16).flatMap { text.count > 2 ? $0 : nil } }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let magnitude = Int(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// The core-schema float for plain text, or nil.
    static func doubleValue(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard isCoreFloat(text) else { return nil }
        return Double(text)
    }

    /// Matches `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` without a regex engine.
    private static func isCoreFloat(_ text: String) -> Bool {
        var chars = Substring(text)
        if let sign = chars.first, sign == "-" || sign == "+" { chars = chars.dropFirst() }
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let integer = chars.prefix(while: isDigit)
        chars = chars.dropFirst(integer.count)
        var fraction = Substring("")
        var hasDot = false
        if chars.first == "." {
            hasDot = true
            chars = chars.dropFirst()
            fraction = chars.prefix(while: isDigit)
            chars = chars.dropFirst(fraction.count)
        }
        if integer.isEmpty && (fraction.isEmpty || !hasDot) { return false }
        if let e = chars.first, e == "e" || e == "E" {
            chars = chars.dropFirst()
            if let sign = chars.first, sign == "-" || sign == "+" { chars = chars.dropFirst() }
            let exponent = chars.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            chars = chars.dropFirst(exponent.count)
        }
        return chars.isEmpty
    }
}

extension YAMLNode {
    /// The tag libyaml reports for `!!str`.
    static let stringTag = "tag:yaml.org,2002:str"

    /// Whether a scalar is plain and untagged, so that the core schema types it.
    public var isPlainScalar: Bool {
        guard case .scalar(_, let style) = self.content else { return false }
        return style == .plain && (self.tag == nil || self.tag == "?")
    }

    /// The scalar resolved by the core schema; a collection resolves to `.null` (check ``content`` first).
    public var resolvedScalar: YAMLScalar {
        guard case .scalar(let value, _) = self.content else { return .null }
        return self.isPlainScalar ? YAMLScalar.resolvePlain(value) : .string(value)
    }

    /// Whether the node is a core-schema null scalar.
    public var isNull: Bool {
        guard case .scalar = self.content else { return false }
        return self.resolvedScalar == .null
    }
}
