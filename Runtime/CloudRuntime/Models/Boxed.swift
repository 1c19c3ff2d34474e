/// Stores a value on the heap while keeping value semantics.
///
/// Generated models box nested object references so that a chain of structs does not grow
/// every containing type's inline size, which keeps compile time and stack use flat. The storage
/// is copy-on-write: copies share one box until one of them is mutated.
///
/// ```swift
/// struct Node: Sendable, Hashable {
///     @Boxed var child: Child?
/// }
/// ```
@propertyWrapper
public struct Boxed<Value> {
    /// The shared, immutable-after-publication storage.
    private final class Storage {
        var value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var storage: Storage

    /// Boxes a value.
    ///
    /// - Parameter wrappedValue: The value to store.
    public init(wrappedValue: Value) {
        self.storage = Storage(wrappedValue)
    }

    /// The stored value; setting it copies the box first when another copy shares it.
    public var wrappedValue: Value {
        get { self.storage.value }
        set {
            if isKnownUniquelyReferenced(&self.storage) {
                self.storage.value = newValue
            } else {
                self.storage = Storage(newValue)
            }
        }
        _modify {
            if !isKnownUniquelyReferenced(&self.storage) {
                self.storage = Storage(self.storage.value)
            }
            yield &self.storage.value
        }
    }

    /// The identity of the storage object; lets tests observe in-place mutation.
    var storageIdentity: ObjectIdentifier {
        ObjectIdentifier(self.storage)
    }

    /// Whether two boxes share storage; lets tests observe copy-on-write.
    func sharesStorage(with other: Boxed<Value>) -> Bool {
        self.storage === other.storage
    }
}

// The storage is only mutated through `wrappedValue`, after a uniqueness check, so a box that
// crosses a concurrency domain is never written while another copy reads it.
extension Boxed: @unchecked Sendable where Value: Sendable {}

extension Boxed: Equatable where Value: Equatable {
    /// Compares the stored values.
    public static func == (lhs: Boxed<Value>, rhs: Boxed<Value>) -> Bool {
        lhs.storage === rhs.storage || lhs.wrappedValue == rhs.wrappedValue
    }
}

extension Boxed: Hashable where Value: Hashable {
    /// Hashes the stored value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.wrappedValue)
    }
}

extension Boxed: Decodable where Value: Decodable {
    /// Decodes the value as if it were not boxed.
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }
}

extension Boxed: Encodable where Value: Encodable {
    /// Encodes the value as if it were not boxed.
    public func encode(to encoder: any Encoder) throws {
        try self.wrappedValue.encode(to: encoder)
    }
}

extension Boxed: CustomStringConvertible, CustomReflectable {
    /// The stored value's description, so printed models read as if nothing were boxed.
    public var description: String {
        String(describing: self.wrappedValue)
    }

    /// The stored value's mirror, so `dump` shows the value, not the box.
    public var customMirror: Mirror {
        Mirror(reflecting: self.wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// Reads an optional boxed member: absent or null is nil, as for any optional.
    ///
    /// Synthesized `init(from:)` decodes a wrapped property through its wrapper's type, which is not
    /// optional itself; without this it would insist on the member.
    public func decode<Value: Decodable>(_ type: Boxed<Value?>.Type, forKey key: Key) throws -> Boxed<Value?> {
        Boxed(wrappedValue: try self.decodeIfPresent(Value.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes an optional boxed member, leaving it out when nil, as for any optional.
    public mutating func encode<Value: Encodable>(_ value: Boxed<Value?>, forKey key: Key) throws {
        try self.encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

extension Boxed: DescribedMember {
    /// The boxed value's text, not the box's.
    var memberText: String? { MemberwiseDescription.shown(self.wrappedValue) }
}
