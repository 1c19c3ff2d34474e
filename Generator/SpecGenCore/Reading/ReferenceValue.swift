/// The value of a ``ReferenceAttribute``: what a reference documents, or what the spec says, in one form
/// that the two can be compared in.
public enum ReferenceValue: Hashable, Sendable {
    /// `type`.
    case type(JSONType)
    /// `required`.
    case flag(Bool)
    /// `enum`: the values in the order written.
    case values([YAMLScalar])
    /// `default`.
    case scalar(YAMLScalar)
    /// `minimum`, `maximum`.
    case number(Double)
    /// `minLength`, `maxLength`, `minItems`, `maxItems`.
    case count(Int)
    /// `methods`: HTTP method names in capitals, in the order written.
    case methods([String])

    /// A scalar as values compare: a whole float is the integer it equals (`64.0` is `64`).
    static func canonical(_ scalar: YAMLScalar) -> YAMLScalar {
        if case .double(let value) = scalar, value.rounded() == value, abs(value) < 1e15 { return .int(Int(value)) }
        return scalar
    }

    /// Whether two values say the same: lists of values and of methods compare as sets, numbers by value.
    public func agrees(with other: ReferenceValue) -> Bool {
        switch (self, other) {
        case (.values(let left), .values(let right)): Set(left) == Set(right)
        case (.methods(let left), .methods(let right)): Set(left) == Set(right)
        default: self == other
        }
    }

    /// The value as messages write it, close to how YAML would: `integer`, `true`, `[Worker, Master]`, `64`,
    /// `'1.0'` (a string that would otherwise read as a number).
    public var displayText: String {
        switch self {
        case .type(let type): type.rawValue
        case .flag(let flag): flag ? "true" : "false"
        case .values(let values): "[" + values.map(Self.display).joined(separator: ", ") + "]"
        case .scalar(let value): Self.display(value)
        case .number(let value): Self.display(Self.canonical(.double(value)))
        case .count(let count): String(count)
        case .methods(let methods): "[" + methods.joined(separator: ", ") + "]"
        }
    }

    /// A scalar as YAML would write it in a flow list: bare, or single-quoted when bare text would read
    /// as something else.
    static func display(_ scalar: YAMLScalar) -> String {
        switch scalar {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let text):
            let special: Set<Character> = [
                ",", "[", "]", "{", "}", "#", ":", "'", "\"", "&", "*", "!", "|", ">", "%", "@", "`", "?",
            ]
            let needsQuotes =
                text.isEmpty || YAMLScalar.resolvePlain(text) != .string(text) || text.first == " "
                || text.last == " " || text.first == "-" || text.contains(where: special.contains)
            return needsQuotes ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : text
        }
    }
}
