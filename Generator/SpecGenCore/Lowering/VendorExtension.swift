import OpenAPIKit

/// The vendor extensions the generator reads, and typed access to their values.
enum VendorExtension {
    static let sdk = "x-sdk"
    static let signature = "x-signature"
    static let indexBase = "x-index-base"
    static let jsonString = "x-json-string"
    static let swiftName = "x-swift-name"
    static let uniqueBy = "x-unique-by"
    static let endpoint = "x-endpoint"
    static let observed = "x-observed"

    /// A string value.
    static func string(_ extensions: [String: AnyCodable], _ key: String) -> String? {
        extensions[key].flatMap { self.string($0.value) }
    }

    /// A boolean value (`true`/`false`, or the strings `"true"`/`"false"`).
    static func bool(_ extensions: [String: AnyCodable], _ key: String) -> Bool? {
        switch extensions[key]?.value {
        case let value as Bool: value
        case let value as String: value == "true" ? true : value == "false" ? false : nil
        default: nil
        }
    }

    /// An integer value; YAML decoders may hand over `1` as an integer, a double or a string.
    static func integer(_ extensions: [String: AnyCodable], _ key: String) -> Int?? {
        guard let value = extensions[key]?.value else { return .none }
        return .some(self.integer(value))
    }

    static func integer(_ value: Any) -> Int? {
        switch value {
        case let value as Int: return value
        case let value as Double where value.rounded() == value && abs(value) < 1e15: return Int(value)
        case let value as String: return Int(value)
        // A type-agnostic decoder may resolve 0/1 as booleans before integers.
        case let value as Bool: return value ? 1 : 0
        default: return nil
        }
    }

    /// A scalar as text: strings as is, numbers and booleans as written in JSON.
    static func string(_ value: Any) -> String? {
        switch value {
        case let value as String: return value
        case let value as Bool: return value ? "true" : "false"
        case let value as Int: return String(value)
        case let value as Double:
            return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        default: return nil
        }
    }

    /// A default or example value as JSON-like documentation text (`"cn-beijing"`, `3`, `true`).
    static func literal(_ value: Any) -> String? {
        if let text = value as? String { return "\"\(text)\"" }
        return self.string(value)
    }
}
