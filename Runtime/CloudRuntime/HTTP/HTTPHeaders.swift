/// An ordered list of HTTP header fields with case-insensitive lookup.
///
/// Order is kept as inserted, so the bytes a signer saw are the bytes sent.
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
            let key = name.lowercased()
            return self.fields.first { $0.name.lowercased() == key }?.value
        }
        set {
            let key = name.lowercased()
            guard let first = self.fields.firstIndex(where: { $0.name.lowercased() == key }) else {
                if let newValue { self.fields.append(Field(name: name, value: newValue)) }
                return
            }
            // Keep the first field's position so that replacing a value does not reorder the headers.
            var kept: [Field] = []
            kept.reserveCapacity(self.fields.count)
            for (index, field) in self.fields.enumerated() where field.name.lowercased() != key || index == first {
                if index == first {
                    if let newValue { kept.append(Field(name: field.name, value: newValue)) }
                } else {
                    kept.append(field)
                }
            }
            self.fields = kept
        }
    }

    /// Appends a field, keeping any existing field of the same name.
    public mutating func add(name: String, value: String) {
        self.fields.append(Field(name: name, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Field]> {
        self.fields.makeIterator()
    }
}
