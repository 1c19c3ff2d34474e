/// The keyed container: a mapping's pairs, keys in document order.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [YAMLNode.Pair]
    let node: YAMLNode
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        self.pairs.compactMap { pair in pair.key.scalarValue.flatMap { Key(stringValue: $0) } }
    }

    func contains(_ key: Key) -> Bool {
        self.value(for: key) != nil
    }

    private func value(for key: Key) -> YAMLNode? {
        self.pairs.first { $0.key.scalarValue == key.stringValue }?.value
    }

    private func require(_ key: Key) throws -> YAMLNode {
        guard let value = self.value(for: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: self.codingPath, debugDescription: "missing key '\(key.stringValue)'"))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try self.require(key).isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = try self.require(key)
        let path = self.codingPath + [key]
        if let value = try child.primitive(type, codingPath: path) { return value }
        return try T(from: NodeDecoding(node: child, codingPath: path))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoding(node: try self.require(key), codingPath: self.codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoding(node: try self.require(key), codingPath: self.codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoding(node: self.node, codingPath: self.codingPath + [NodeCodingKey.super])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        // As with JSONDecoder, a missing key gives a decoder of null rather than an error.
        let value = self.value(for: key) ?? .scalar("", at: self.node.location)
        return NodeDecoding(node: value, codingPath: self.codingPath + [key])
    }
}

/// The unkeyed container: a sequence's items in order.
struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [YAMLNode]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(items: [YAMLNode], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { self.items.count }
    var isAtEnd: Bool { self.currentIndex >= self.items.count }

    private var currentPath: [any CodingKey] { self.codingPath + [NodeCodingKey(intValue: self.currentIndex)] }

    private func current<T>(_ type: T.Type) throws -> YAMLNode {
        guard !self.isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: self.currentPath, debugDescription: "the sequence has no more items"))
        }
        return self.items[self.currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard try self.current(Never.self).isNull else { return false }
        self.currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let item = try self.current(type)
        let path = self.currentPath
        let value: T
        if let primitive = try item.primitive(type, codingPath: path) {
            value = primitive
        } else {
            value = try T(from: NodeDecoding(node: item, codingPath: path))
        }
        self.currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try NodeDecoding(node: try self.current(type), codingPath: self.currentPath)
            .container(keyedBy: type)
        self.currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try NodeDecoding(node: try self.current([Any].self), codingPath: self.currentPath)
            .unkeyedContainer()
        self.currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = NodeDecoding(node: try self.current(Any.self), codingPath: self.currentPath)
        self.currentIndex += 1
        return decoder
    }
}

/// The single-value container: one node, decoded by the type asked for.
struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: YAMLNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        self.node.isNull
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try self.node.primitive(type, codingPath: self.codingPath) { return value }
        return try T(from: NodeDecoding(node: self.node, codingPath: self.codingPath))
    }
}
