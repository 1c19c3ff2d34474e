import Foundation

/// The members of one JSON object, read by ``TolerantDecoder``'s rules.
///
/// An absent member, `null`, or a value that cannot be read leaves an optional field nil and a
/// list empty; each is recorded unless the spec allows it (see ``MemberRules``). Every member looked
/// up is marked, so the ones left over are the undocumented fields.
struct TolerantKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TolerantDecoder
    /// The object's node.
    let object: Int
    /// The spec's rules for the members; nil when the structure declares none.
    let rules: MemberRules?

    var codingPath: [any CodingKey] { self.decoder.codingPath }

    var allKeys: [Key] {
        var keys: [Key] = []
        var index = self.object + 1
        for _ in 0..<Int(self.decoder.nodes[self.object].length) {
            if let key = Key(stringValue: self.decoder.string(at: index)) { keys.append(key) }
            index = Int(self.decoder.nodes[index + 1].next)
        }
        return keys
    }

    /// The key node of the member named `key`, marked visited; nil when the object has none.
    func keyNode(for key: Key) -> Int? {
        let nodes = self.decoder.nodes
        let bytes = self.decoder.bytes
        let count = Int(nodes[self.object].length)
        var name = key.stringValue
        return name.withUTF8 { utf8 -> Int? in
            var index = self.object + 1
            for _ in 0..<count {
                let entry = nodes[index]
                if entry.flag {
                    if JSONScalarText.unescaped(
                        UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start + entry.length)])
                    )
                    .utf8.elementsEqual(utf8) {
                        nodes[index].visited = true
                        return index
                    }
                } else if Int(entry.length) == utf8.count,
                    utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress! + Int(entry.start), utf8.count) == 0
                {
                    nodes[index].visited = true
                    return index
                }
                index = Int(nodes[index + 1].next)
            }
            return nil
        }
    }

    func contains(_ key: Key) -> Bool {
        self.keyNode(for: key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let keyNode = self.keyNode(for: key) else { return true }
        return self.decoder.nodes[keyNode + 1].kind == .null
    }

    // MARK: - Rules

    private func alternatives(_ key: Key) -> WireTypes {
        guard let rules = self.rules, !rules.alternativeTypes.isEmpty else { return .none }
        return rules.alternativeTypes[key.stringValue] ?? .none
    }

    private func isRequired(_ key: Key) -> Bool {
        guard let rules = self.rules, !rules.required.isEmpty else { return false }
        return rules.required.contains(key.stringValue)
    }

    /// The member's value node, or nil (recorded when the spec says otherwise) when it is absent or null.
    private func valueNode<T>(for key: Key, declaring type: T.Type) throws -> (keyNode: Int, value: Int)? {
        guard let keyNode = self.keyNode(for: key) else {
            if self.isRequired(key) {
                try self.decoder.record(
                    .missingRequiredField, declared: DeclaredType.name(of: T.self), observed: nil,
                    at: .absentMember(key.stringValue))
            }
            return nil
        }
        let value = keyNode + 1
        guard self.decoder.nodes[value].kind == .null else { return (keyNode, value) }
        if self.isRequired(key) {
            try self.decoder.record(
                .missingRequiredField, declared: DeclaredType.name(of: T.self), observed: "null",
                at: .member(keyNode: keyNode))
        } else if T.self != JSONValue.self, self.rules?.nullable.contains(key.stringValue) != true {
            try self.decoder.record(
                .unexpectedNull, declared: DeclaredType.name(of: T.self), observed: "null",
                at: .member(keyNode: keyNode))
        }
        return nil
    }

    // MARK: - Optional members

    private func scalarIfPresent<T>(
        _ key: Key, _ read: (Int, TolerantDecoder.Step, WireTypes) throws -> T
    ) throws -> T? {
        guard let (keyNode, value) = try self.valueNode(for: key, declaring: T.self) else { return nil }
        do {
            return try read(value, .member(keyNode: keyNode), self.alternatives(key))
        } catch is UnreadableValue {
            return nil
        }
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try self.scalarIfPresent(key) { try self.decoder.readString(node: $0, at: $1, alternatives: $2) }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try self.scalarIfPresent(key) { try self.decoder.readBool(node: $0, at: $1, alternatives: $2) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try self.scalarIfPresent(key) { try self.decoder.readDouble(node: $0, at: $1, alternatives: $2) }
    }

    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try self.scalarIfPresent(key) { Float(try self.decoder.readDouble(node: $0, at: $1, alternatives: $2)) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try self.integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try self.integerIfPresent(key) }

    private func integerIfPresent<T: FixedWidthInteger>(_ key: Key) throws -> T? {
        try self.scalarIfPresent(key) { try self.decoder.readInteger(T.self, node: $0, at: $1, alternatives: $2) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        // A structure's last property: the members no documented field looked up (see UndocumentedFields).
        if T.self == UndocumentedFields.self {
            return UndocumentedFields(try self.decoder.undocumentedMembers(of: self.object)) as? T
        }
        guard let (keyNode, value) = try self.valueNode(for: key, declaring: T.self) else { return nil }
        do {
            return try self.decoder.decodeChild(
                T.self, at: value, step: .member(keyNode: keyNode), alternatives: self.alternatives(key))
        } catch is UnreadableValue {
            return nil
        }
    }

    // MARK: - Members a type cannot do without

    /// A member the Swift type cannot leave empty: a list reads as empty when absent or unreadable;
    /// anything else that is missing or unreadable fails the answer, as no value can stand in for it.
    private func required<T>(_ key: Key, _ read: () throws -> T?) throws -> T {
        if let value = try read() { return value }
        if let empty = (T.self as? any EmptyDecodable.Type)?.emptyValue as? T { return empty }
        let path = self.codingPath + [key]
        guard let keyNode = self.keyNode(for: key), self.decoder.nodes[keyNode + 1].kind != .null else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: self.codingPath, debugDescription: "no value"))
        }
        throw DecodingError.typeMismatch(
            T.self,
            DecodingError.Context(
                codingPath: path, debugDescription: "found \(self.decoder.observedType(of: keyNode + 1))"))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try self.required(key) { try self.decodeIfPresent(type, forKey: key) }
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try self.required(key) { try self.decodeIfPresent(type, forKey: key) }
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try self.required(key) { try self.decodeIfPresent(type, forKey: key) }
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try self.required(key) { try self.decodeIfPresent(type, forKey: key) }
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try self.required(key) { try self.integerIfPresent(key) }
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try self.required(key) { try self.integerIfPresent(key) }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try self.required(key) { try self.decodeIfPresent(type, forKey: key) }
    }

    // MARK: - Nested containers

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        guard let keyNode = self.keyNode(for: key) else { throw self.missing(key) }
        guard self.decoder.nodes[keyNode + 1].kind == .object else { throw self.missing(key) }
        return KeyedDecodingContainer(
            TolerantKeyedContainer<NestedKey>(
                decoder: self.decoder, object: keyNode + 1,
                rules: (NestedKey.self as? any DocumentedCodingKeys.Type)?.memberRules))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard let keyNode = self.keyNode(for: key), self.decoder.nodes[keyNode + 1].kind == .array else {
            throw self.missing(key)
        }
        return TolerantUnkeyedContainer(decoder: self.decoder, array: keyNode + 1)
    }

    func superDecoder() throws -> any Decoder {
        throw self.unsupported("superDecoder()")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw self.unsupported("superDecoder(forKey:)")
    }

    private func unsupported(_ name: String) -> DecodingError {
        .dataCorrupted(
            DecodingError.Context(codingPath: self.codingPath, debugDescription: "\(name) is not supported here"))
    }

    private func missing(_ key: Key) -> DecodingError {
        DecodingError.keyNotFound(
            key, DecodingError.Context(codingPath: self.codingPath, debugDescription: "no object or list here"))
    }
}
