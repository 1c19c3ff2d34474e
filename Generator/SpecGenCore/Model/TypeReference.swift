/// The type of a field or list element in the SDK model.
public indirect enum TypeReference: Hashable, Sendable {
    /// A string.
    case string
    /// A point in time sent as text (`format: date-time`): the runtime's `Timestamp`, holding the text
    /// and the `Date` it means.
    case timestamp
    /// A 32-bit integer (`format: int32`).
    case integer32
    /// A 64-bit integer (`format: int64`).
    case integer64
    /// An integer without format (platform `Int`).
    case integer
    /// A floating point number.
    case double
    /// A boolean.
    case bool
    /// A list.
    case array(TypeReference)
    /// A named shape of the service (structure or string enum), by Swift name.
    case shape(String)
    /// Free-form JSON.
    case jsonValue
    /// A value that may be absent (not required, or nullable).
    case optional(TypeReference)

    /// The type without its optional wrapper.
    public var unwrapped: TypeReference {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }

    /// Whether the value may be absent.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The same type made optional (idempotent).
    public var optional: TypeReference {
        self.isOptional ? self : .optional(self)
    }

    /// Whether the type is a scalar the RPC encoder writes directly (strings, numbers, booleans).
    public var isScalar: Bool {
        switch self {
        case .string, .timestamp, .integer32, .integer64, .integer, .double, .bool: true
        default: false
        }
    }
}
