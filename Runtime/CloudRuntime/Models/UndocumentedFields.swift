/// Members of a JSON object that its structure does not describe, by wire name.
///
/// Every generated structure keeps them in `undocumentedFields`, so an answer that grew a member
/// the spec lacks loses nothing: the client reports the member as drift and keeps its value here,
/// and encoding the structure writes it back beside the documented members. Setting a member on a
/// request structure sends it as well, for a field the spec does not have yet.
///
/// ```swift
/// if let flag = cluster.undocumentedFields["new_flag"] { print(flag) }
/// ```
public struct UndocumentedFields: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The members, by wire name.
    public var members: [String: JSONValue]

    /// Creates the set of members.
    public init(_ members: [String: JSONValue] = [:]) {
        self.members = members
    }

    /// Creates the set of members from a literal.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.members = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// Whether there are none.
    public var isEmpty: Bool { self.members.isEmpty }

    /// The member with this wire name.
    public subscript(name: String) -> JSONValue? {
        get { self.members[name] }
        set { self.members[name] = newValue }
    }
}

extension UndocumentedFields: CustomStringConvertible {
    /// The members as compact JSON with sorted keys: `{"extra":1}`.
    public var description: String { JSONValue.object(self.members).description }
}

/// On its own, the members are one JSON object. Inside a generated structure they sit beside its
/// documented members instead: the SDK's decoder gives them the members nothing else looked up,
/// and its encoder merges them into the structure's object (see the container extensions below).
extension UndocumentedFields: Codable {
    public init(from decoder: any Decoder) throws {
        self.members = try [String: JSONValue](from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try self.members.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// Reads a structure's undocumented members; they are never an error and are empty when absent.
    ///
    /// A structure's synthesized `init(from:)` calls this for its `undocumentedFields` property, which
    /// is declared last so that every documented member has been looked up. The SDK's decoder answers
    /// with the members nothing looked up; another decoder reads a member named after the property,
    /// as another encoder writes it.
    public func decode(_ type: UndocumentedFields.Type, forKey key: Key) throws -> UndocumentedFields {
        try self.decodeIfPresent(UndocumentedFields.self, forKey: key) ?? UndocumentedFields()
    }
}

extension KeyedEncodingContainer {
    /// Writes a structure's undocumented members, and nothing when there are none.
    ///
    /// The SDK's encoder (request bodies, JSON parameters, the operation catalog's answers) merges
    /// them into the structure's object; another encoder writes them as one member named after the
    /// property.
    public mutating func encode(_ value: UndocumentedFields, forKey key: Key) throws {
        guard !value.isEmpty else { return }
        try self.encodeIfPresent(value, forKey: key)
    }
}
