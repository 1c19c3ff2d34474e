/// The `Encoder` and containers that build ``EncodedJSON`` trees for ``WireJSONEncoder``.
struct TreeEncoder: Encoder {
    let node: EncodedJSON
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = self.node.content {} else { self.node.content = .object([:]) }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(node: self.node, codingPath: self.codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = self.node.content {} else { self.node.content = .array([]) }
        return TreeUnkeyedContainer(node: self.node, codingPath: self.codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(encoder: self)
    }

    /// Encodes a value into this encoder's node, writing scalars directly.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if let scalar = try Self.scalar(value, codingPath: self.codingPath) {
            self.node.content = scalar
        } else {
            try value.encode(to: self)
        }
    }

    /// A scalar's content, or nil for a value that encodes itself.
    static func scalar<T>(_ value: T, codingPath: [any CodingKey]) throws -> EncodedJSON.Content? {
        switch value {
        case let value as String: return .string(value)
        case let value as Bool: return .literal(value ? "true" : "false")
        case let value as Int: return .literal(String(value))
        case let value as Int32: return .literal(String(value))
        case let value as Int64: return .literal(String(value))
        case let value as Double: return .literal(try EncodedJSON.numberText(value, codingPath: codingPath))
        case let value as Float: return .literal(try EncodedJSON.numberText(value, codingPath: codingPath))
        case let value as Int8: return .literal(String(value))
        case let value as Int16: return .literal(String(value))
        case let value as UInt: return .literal(String(value))
        case let value as UInt8: return .literal(String(value))
        case let value as UInt16: return .literal(String(value))
        case let value as UInt32: return .literal(String(value))
        case let value as UInt64: return .literal(String(value))
        default: return nil
        }
    }

    /// A new node holding `value`, encoded at `codingPath`.
    static func node<T: Encodable>(encoding value: T, codingPath: [any CodingKey]) throws -> EncodedJSON {
        let node = EncodedJSON()
        try TreeEncoder(node: node, codingPath: codingPath).encodeValue(value)
        return node
    }
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedJSON
    let codingPath: [any CodingKey]

    private func set(_ name: String, _ child: EncodedJSON) {
        guard case .object(var members) = self.node.content else { return }
        // Released first so that the dictionary is uniquely referenced and grows in place.
        self.node.content = .pending
        members[name] = child
        self.node.content = .object(members)
    }

    mutating func encodeNil(forKey key: Key) throws {
        let child = EncodedJSON()
        child.content = .literal("null")
        self.set(key.stringValue, child)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let undocumented = value as? UndocumentedFields {
            // Merged beside the documented members; a documented member of the same name wins.
            for (name, member) in undocumented.members {
                guard case .object(let members) = self.node.content, members[name] == nil else { continue }
                self.set(name, try TreeEncoder.node(encoding: member, codingPath: self.codingPath + [key]))
            }
            return
        }
        self.set(key.stringValue, try TreeEncoder.node(encoding: value, codingPath: self.codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = EncodedJSON()
        self.set(key.stringValue, child)
        return TreeEncoder(node: child, codingPath: self.codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = EncodedJSON()
        self.set(key.stringValue, child)
        return TreeEncoder(node: child, codingPath: self.codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        self.superEncoder(forKey: Key(stringValue: "super")!)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = EncodedJSON()
        self.set(key.stringValue, child)
        return TreeEncoder(node: child, codingPath: self.codingPath + [key])
    }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodedJSON
    let codingPath: [any CodingKey]

    var count: Int {
        guard case .array(let elements) = self.node.content else { return 0 }
        return elements.count
    }

    private func append(_ child: EncodedJSON) {
        guard case .array(var elements) = self.node.content else { return }
        self.node.content = .pending
        elements.append(child)
        self.node.content = .array(elements)
    }

    private var nextPath: [any CodingKey] { self.codingPath + [AnyCodingKey(intValue: self.count)] }

    mutating func encodeNil() throws {
        let child = EncodedJSON()
        child.content = .literal("null")
        self.append(child)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        self.append(try TreeEncoder.node(encoding: value, codingPath: self.nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<
        NestedKey
    > {
        let child = EncodedJSON()
        let path = self.nextPath
        self.append(child)
        return TreeEncoder(node: child, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = EncodedJSON()
        let path = self.nextPath
        self.append(child)
        return TreeEncoder(node: child, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = EncodedJSON()
        let path = self.nextPath
        self.append(child)
        return TreeEncoder(node: child, codingPath: path)
    }
}

struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { self.encoder.codingPath }

    mutating func encodeNil() throws {
        self.encoder.node.content = .literal("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try self.encoder.encodeValue(value)
    }
}
