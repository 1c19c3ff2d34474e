/// A named data type of the service: a schema file, or an inline object or enum given a derived name.
public struct ShapeModel: Equatable, Sendable {
    /// The Swift type name inside the service namespace, e.g. `Cluster` or `ClusterMasterConfig`.
    public var name: String
    /// The schema's name in the merged document (`components/schemas/<wireName>`), or the derived name.
    public var wireName: String
    /// What the type is.
    public var kind: Kind
    /// The spec's description.
    public var description: String?
    /// Whether the structure is written into flattened RPC parameters (`Foo.1.Bar=...`),
    /// so it also conforms to the runtime's RPC parameter encoding.
    public var isRPCParameter: Bool
    /// Whether the shape is a whole schema file (its origin cites the file without a pointer).
    public var isSchemaFile: Bool
    /// Where it is declared.
    public var origin: Origin

    /// Creates a shape.
    public init(
        name: String, wireName: String, kind: Kind, description: String?, isRPCParameter: Bool = false,
        isSchemaFile: Bool, origin: Origin
    ) {
        self.name = name
        self.wireName = wireName
        self.kind = kind
        self.description = description
        self.isRPCParameter = isRPCParameter
        self.isSchemaFile = isSchemaFile
        self.origin = origin
    }

    /// What a shape is.
    public enum Kind: Equatable, Sendable {
        /// An object with named properties.
        case structure([FieldModel])
        /// A string with listed values; unknown values still decode.
        case stringEnum([EnumCaseModel])
        /// Another name for a type (a schema file that is a plain string, list or free-form JSON).
        case alias(TypeReference)
    }

    /// The Swift property every structure and response keeps the members the spec does not describe
    /// in; no field may take its name.
    public static let undocumentedFieldsProperty = "undocumentedFields"

    /// The structure's fields, or none.
    public var fields: [FieldModel] {
        if case .structure(let fields) = self.kind { return fields }
        return []
    }
}

/// One listed value of a string enum.
public struct EnumCaseModel: Equatable, Sendable {
    /// The Swift static member name, e.g. `managedKubernetes`.
    public var swiftName: String
    /// The raw value, e.g. `ManagedKubernetes`.
    public var value: String

    /// Creates an enum case.
    public init(swiftName: String, value: String) {
        self.swiftName = swiftName
        self.value = value
    }
}
