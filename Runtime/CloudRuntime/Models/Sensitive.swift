/// Holds a secret request field (a password) so that printing, dumping or logging the containing
/// value never shows it.
///
/// Generated request types wrap fields the spec marks `format: password`. The value is sent as
/// usual; only descriptions and mirrors are redacted.
///
/// ```swift
/// struct ModifyPasswordRequest: Sendable, Hashable {
///     @Sensitive var password: String
/// }
/// print(request)   // ModifyPasswordRequest(_password: <redacted>)
/// ```
@propertyWrapper
public struct Sensitive<Value> {
    /// The secret value.
    public var wrappedValue: Value

    /// Wraps a secret value.
    ///
    /// - Parameter wrappedValue: The value.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }
}

extension Sensitive: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always `<redacted>`.
    public var description: String { "<redacted>" }

    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }

    /// A mirror with no children, so `dump` and reflection show nothing of the value.
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: nil)
    }
}

extension Sensitive: Sendable where Value: Sendable {}
extension Sensitive: Equatable where Value: Equatable {}
extension Sensitive: Hashable where Value: Hashable {}

extension Sensitive: Decodable where Value: Decodable {
    /// Decodes the value as if it were not wrapped.
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }
}

extension Sensitive: Encodable where Value: Encodable {
    /// Encodes the value as if it were not wrapped.
    public func encode(to encoder: any Encoder) throws {
        try self.wrappedValue.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// Reads an optional secret member: absent or null is nil, as for any optional.
    public func decode<Value: Decodable>(_ type: Sensitive<Value?>.Type, forKey key: Key) throws -> Sensitive<Value?> {
        Sensitive(wrappedValue: try self.decodeIfPresent(Value.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes an optional secret member, leaving it out when nil, as for any optional.
    public mutating func encode<Value: Encodable>(_ value: Sensitive<Value?>, forKey key: Key) throws {
        try self.encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

extension Sensitive: DescribedMember {
    /// `<redacted>` for a value, nothing for an empty optional.
    var memberText: String? { MemberwiseDescription.isNone(self.wrappedValue) ? nil : self.description }
}
