/// An ordered list of HTTP header fields with case-insensitive lookup, kept exactly as written.
///
/// The mock server records received headers in this form rather than as `HTTPFields`, which
/// would trim and repair values: the signature verifier must judge the bytes on the wire.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The name as written.
        public var name: String
        /// The value.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in insertion order.
    public private(set) var fields: [Field]

    /// Creates headers from fields, keeping their order.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Creates headers from a literal, keeping its order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The value of the first field with this name, compared case-insensitively; setting replaces every such field.
    public subscript(name: String) -> String? {
        get {
            self.fields.first { Self.namesMatch($0.name, name) }?.value
        }
        set {
            guard let first = self.fields.firstIndex(where: { Self.namesMatch($0.name, name) }) else {
                if let newValue { self.fields.append(Field(name: name, value: newValue)) }
                return
            }
            // Keep the first field's position so that replacing a value does not reorder the headers.
            var kept: [Field] = []
            kept.reserveCapacity(self.fields.count)
            for (index, field) in self.fields.enumerated() where !Self.namesMatch(field.name, name) || index == first {
                if index == first {
                    if let newValue { kept.append(Field(name: field.name, value: newValue)) }
                } else {
                    kept.append(field)
                }
            }
            self.fields = kept
        }
    }

    /// Whether two header names are equal ignoring case; ASCII names (all valid ones) are compared
    /// byte by byte without building lower-cased copies.
    static func namesMatch(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8, right = rhs.utf8
        guard left.count == right.count else { return false }
        var isASCII = true
        let equal = left.elementsEqual(right) { a, b in
            if a >= 0x80 || b >= 0x80 { isASCII = false }
            return a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z"))
        }
        return isASCII ? equal : lhs.lowercased() == rhs.lowercased()
    }

    /// Appends a field, keeping any existing field of the same name.
    public mutating func add(name: String, value: String) {
        self.fields.append(Field(name: name, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Field]> {
        self.fields.makeIterator()
    }
}
