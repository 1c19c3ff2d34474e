/// The elements of one JSON list, for types that read lists themselves (generated lists go
/// through ``TolerantListDecoding`` instead, which can drop an unreadable element).
struct TolerantUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TolerantDecoder
    /// The list's node.
    let array: Int
    /// The next element's node.
    private var node: Int

    let count: Int?
    private(set) var currentIndex = 0

    init(decoder: TolerantDecoder, array: Int) {
        self.decoder = decoder
        self.array = array
        self.node = array + 1
        self.count = Int(decoder.nodes[array].length)
    }

    var codingPath: [any CodingKey] { self.decoder.codingPath }
    var isAtEnd: Bool { self.currentIndex >= self.count ?? 0 }

    private mutating func next<T>(_ read: (Int, TolerantDecoder.Step) throws -> T) throws -> T {
        guard !self.isAtEnd else {
            throw DecodingError.valueNotFound(
                T.self, DecodingError.Context(codingPath: self.codingPath, debugDescription: "the list has ended"))
        }
        let value = try read(self.node, .element(self.currentIndex))
        self.node = Int(self.decoder.nodes[self.node].next)
        self.currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !self.isAtEnd, self.decoder.nodes[self.node].kind == .null else { return false }
        self.node += 1
        self.currentIndex += 1
        return true
    }

    mutating func decode(_ type: String.Type) throws -> String {
        try self.next { [decoder] in try decoder.readString(node: $0, at: $1, alternatives: .none) }
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try self.next { [decoder] in try decoder.readBool(node: $0, at: $1, alternatives: .none) }
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try self.next { [decoder] in try decoder.readDouble(node: $0, at: $1, alternatives: .none) }
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try self.next { [decoder] in Float(try decoder.readDouble(node: $0, at: $1, alternatives: .none)) }
    }
    mutating func decode(_ type: Int.Type) throws -> Int { try self.integer() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try self.integer() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try self.integer() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try self.integer() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try self.integer() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try self.integer() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try self.integer() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try self.integer() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try self.integer() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try self.integer() }

    private mutating func integer<T: FixedWidthInteger>() throws -> T {
        try self.next { [decoder] in try decoder.readInteger(T.self, node: $0, at: $1, alternatives: .none) }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try self.next { [decoder] in try decoder.decodeChild(T.self, at: $0, step: $1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try self.next { [decoder] node, step in
            try decoder.decodeChild(NestedContainerProbe<NestedKey>.self, at: node, step: step).container
        }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try self.next { [decoder] node, step in
            guard decoder.nodes[node].kind == .array else {
                throw DecodingError.typeMismatch(
                    [Any].self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a list"))
            }
            return TolerantUnkeyedContainer(decoder: decoder, array: node)
        }
    }

    mutating func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: self.codingPath, debugDescription: "superDecoder() is not supported here")
        )
    }
}

/// Obtains a keyed container for a list element through the decoder, which checks the element's kind.
private struct NestedContainerProbe<Key: CodingKey>: Decodable {
    let container: KeyedDecodingContainer<Key>

    init(from decoder: any Decoder) throws {
        self.container = try decoder.container(keyedBy: Key.self)
    }
}

/// One value read as a whole: scalars with the decoder's conversions, other types through it.
struct TolerantSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TolerantDecoder
    /// The value's node.
    let value: Int

    var codingPath: [any CodingKey] { self.decoder.codingPath }

    func decodeNil() -> Bool {
        self.decoder.nodes[self.value].kind == .null
    }

    func decode(_ type: String.Type) throws -> String {
        try self.decoder.readString(node: self.value, at: nil, alternatives: self.decoder.currentAlternatives)
    }
    func decode(_ type: Bool.Type) throws -> Bool {
        try self.decoder.readBool(node: self.value, at: nil, alternatives: self.decoder.currentAlternatives)
    }
    func decode(_ type: Double.Type) throws -> Double {
        try self.decoder.readDouble(node: self.value, at: nil, alternatives: self.decoder.currentAlternatives)
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try self.decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try self.integer() }
    func decode(_ type: Int8.Type) throws -> Int8 { try self.integer() }
    func decode(_ type: Int16.Type) throws -> Int16 { try self.integer() }
    func decode(_ type: Int32.Type) throws -> Int32 { try self.integer() }
    func decode(_ type: Int64.Type) throws -> Int64 { try self.integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try self.integer() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try self.integer() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try self.integer() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try self.integer() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try self.integer() }

    private func integer<T: FixedWidthInteger>() throws -> T {
        try self.decoder.readInteger(T.self, node: self.value, at: nil, alternatives: self.decoder.currentAlternatives)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try self.decoder.decodeCurrent(T.self)
    }
}
