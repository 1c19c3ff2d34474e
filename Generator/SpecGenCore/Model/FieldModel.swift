/// One field of a request, response or structure: its wire name, Swift name, type and how it is sent.
public struct FieldModel: Equatable, Sendable {
    /// The name on the wire, e.g. `cluster_id` or `InstanceSet`.
    public var wireName: String
    /// The Swift property name, e.g. `clusterID`.
    public var swiftName: String
    /// Where the value goes in a request (`.member` inside structures and responses).
    public var location: FieldLocation
    /// The Swift type; `.optional` when the field is not required or is nullable.
    public var type: TypeReference
    /// Whether the spec marks the field required.
    public var isRequired: Bool
    /// Whether the spec allows `null` for the value (`type: [<type>, 'null']`).
    public var isNullable: Bool
    /// JSON types the spec allows beside the one the Swift type stands for, in spec order
    /// (`type: [integer, string]` gives `[.string]`): the client reads them into the Swift type
    /// without reporting drift. Never contains `.null` (see ``isNullable``).
    public var alternativeTypes: [JSONType]
    /// How the RPC encoder writes the value (always `.value` outside RPC parameters).
    public var encoding: FieldEncoding
    /// Whether the field was added from observed answers rather than from the vendor reference
    /// (`x-observed: true`).
    public var isObserved: Bool
    /// The spec's description.
    public var description: String?
    /// The documented default, as JSON-like text (`"cn-beijing"`, `3`, `true`); documentation only.
    public var defaultValue: String?
    /// Documented limits (length, range, pattern, allowed integer values).
    public var constraints: FieldConstraints
    /// Where the field is declared.
    public var origin: Origin

    /// Creates a field.
    public init(
        wireName: String, swiftName: String, location: FieldLocation, type: TypeReference, isRequired: Bool,
        isNullable: Bool = false, alternativeTypes: [JSONType] = [], isObserved: Bool = false,
        encoding: FieldEncoding = .value, description: String? = nil, defaultValue: String? = nil,
        constraints: FieldConstraints = FieldConstraints(), origin: Origin
    ) {
        self.wireName = wireName
        self.swiftName = swiftName
        self.location = location
        self.type = type
        self.isRequired = isRequired
        self.isNullable = isNullable
        self.alternativeTypes = alternativeTypes
        self.isObserved = isObserved
        self.encoding = encoding
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
        self.origin = origin
    }
}

/// Where a request field's value goes.
public enum FieldLocation: String, Equatable, Sendable, Codable {
    /// ROA path template variable.
    case path
    /// ROA query parameter.
    case query
    /// A property of an ROA JSON object body.
    case bodyField
    /// The whole ROA body (non-object schema).
    case body
    /// An RPC parameter (query string or form body, chosen by the runtime).
    case rpc
    /// A property of a structure or response.
    case member
}

/// How the request encoder writes a field (RPC flattening, ROA query lists); `.value` elsewhere.
public enum FieldEncoding: Equatable, Sendable {
    /// A scalar or enum: `Key=value`.
    case value
    /// A flattened list: `Key.1=a&Key.2=b`, or `Key.1.Member=...` for structures.
    case list(indexBase: Int)
    /// A structure: `Key.Member=...`.
    case structure
    /// The value serialized as one JSON text (`x-json-string`).
    case jsonString
    /// A flattened list whose elements are each serialized as one JSON text (`x-json-string` on the
    /// items): `Key.1={...}&Key.2={...}`.
    case jsonStringList(indexBase: Int)
    /// An ROA query parameter holding a list, written in one of the runtime's list styles.
    case queryList(QueryListStyleModel)
}

extension FieldEncoding {
    /// Whether each list element travels as its own JSON text.
    public var isJSONStringList: Bool {
        if case .jsonStringList = self { return true }
        return false
    }
}

/// How an ROA query parameter carries a list.
public enum QueryListStyleModel: String, Equatable, Sendable, Codable {
    /// `ids=a,b` (`explode: false`).
    case commaSeparated
    /// `ids=a&ids=b` (`explode: true`, OpenAPI's default for query parameters).
    case repeated
    /// `ids=["a","b"]` (`x-json-string: true`).
    case json
}

/// Limits documented for a field; rendered into doc comments. The list limits (`minItems`, `maxItems`,
/// `uniqueBy`) of an RPC list are also handed to the runtime encoder, which checks them before sending.
public struct FieldConstraints: Equatable, Sendable {
    /// `minLength`.
    public var minLength: Int?
    /// `maxLength`.
    public var maxLength: Int?
    /// `pattern`.
    public var pattern: String?
    /// `minimum`, as written.
    public var minimum: String?
    /// `maximum`, as written.
    public var maximum: String?
    /// `minItems`.
    public var minItems: Int?
    /// `maxItems`.
    public var maxItems: Int?
    /// `x-unique-by`: the wire name of an element member whose value must not repeat within the list.
    public var uniqueBy: String?
    /// Members of the field's structure that this request requires when it sends the structure
    /// (`x-required`), as dotted wire paths; empty when the structure's own rules suffice.
    public var requiredMembers: [String] = []
    /// `format` when it says more than the Swift type (e.g. `date-time`).
    public var format: String?
    /// Allowed values of an integer or number enum, which stays a plain number in Swift.
    public var allowedValues: [String]

    /// Creates constraints; every limit defaults to absent.
    public init(
        minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, minimum: String? = nil,
        maximum: String? = nil, minItems: Int? = nil, maxItems: Int? = nil, uniqueBy: String? = nil,
        format: String? = nil, allowedValues: [String] = []
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueBy = uniqueBy
        self.format = format
        self.allowedValues = allowedValues
    }

    /// Whether nothing is documented.
    public var isEmpty: Bool { self == FieldConstraints() }
}
