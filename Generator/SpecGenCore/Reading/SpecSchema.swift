/// One schema of a spec, read from its YAML node: the OpenAPI 3.1 keywords the generator uses, with
/// the JSON pointer it was written at.
///
/// A class, because schemas nest (`items`, `properties`) and a value type would copy whole subtrees.
/// Unknown keywords are ignored here; validation rules report those that matter.
public final class SpecSchema: Sendable {
    /// A property of an object schema.
    public struct Property: Sendable {
        /// The wire name.
        public let name: String
        /// Its schema.
        public let schema: SpecSchema
    }

    /// A bound on a number: the value as written and whether the bound itself is excluded.
    public struct Bound: Sendable, Equatable {
        /// The value as written (`5`, `0.5`).
        public let value: Double
        /// Whether the value itself is outside the allowed range (`exclusiveMinimum`).
        public let isExclusive: Bool
    }

    /// The unescaped JSON pointer components of the schema's node in the merged document.
    public let pointer: [String]
    /// The `$ref` as written (after bundling, `#/components/schemas/<Name>` for a schema file).
    public let reference: String?
    /// The `type` names in spec order; a single name reads as a one-element list, none as empty.
    public let types: [JSONType]
    /// `format`.
    public let format: String?
    /// `enum` values as written (scalars for every enum the generator supports).
    public let enumValues: [YAMLNode]?
    /// `properties`, in spec order.
    public let properties: [Property]
    /// `required`: the names of required properties.
    public let required: [String]
    /// `items`.
    public let items: SpecSchema?
    /// Whether `additionalProperties` is written (as `true` or a schema).
    public let hasAdditionalProperties: Bool
    /// `additionalProperties` when it is a schema: the schema of a map's values.
    public let additionalProperties: SpecSchema?
    /// `allOf`, `oneOf` and `anyOf` entries, and `not`, by keyword; empty when none is written.
    public let compositions: [(keyword: String, schemas: [SpecSchema])]
    /// `description`.
    public let description: String?
    /// `default`.
    public let defaultValue: YAMLNode?
    /// `minLength`, `maxLength`, `pattern`.
    public let minLength: Int?, maxLength: Int?, pattern: String?
    /// `minimum`/`exclusiveMinimum` and `maximum`/`exclusiveMaximum`.
    public let minimum: Bound?, maximum: Bound?
    /// `minItems`, `maxItems`.
    public let minItems: Int?, maxItems: Int?
    /// The field-level vendor extensions written on the schema.
    public let extensions: FieldExtensions

    init(
        pointer: [String], reference: String?, types: [JSONType], format: String?, enumValues: [YAMLNode]?,
        properties: [Property], required: [String], items: SpecSchema?, hasAdditionalProperties: Bool,
        compositions: [(keyword: String, schemas: [SpecSchema])], description: String?, defaultValue: YAMLNode?,
        minLength: Int?, maxLength: Int?, pattern: String?, minimum: Bound?, maximum: Bound?, minItems: Int?,
        maxItems: Int?, extensions: FieldExtensions, additionalProperties: SpecSchema? = nil
    ) {
        self.pointer = pointer
        self.reference = reference
        self.types = types
        self.format = format
        self.enumValues = enumValues
        self.properties = properties
        self.required = required
        self.items = items
        self.hasAdditionalProperties = hasAdditionalProperties
        self.additionalProperties = additionalProperties
        self.compositions = compositions
        self.description = description
        self.defaultValue = defaultValue
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
        self.extensions = extensions
    }
}

extension SpecSchema {
    /// What kind of value the schema describes, from its first `type` that is not `null`, else from its
    /// keywords (`properties` make an object, `items` a list); nil when nothing says (a free-form value).
    public var kind: JSONType? {
        if let type = self.types.first(where: { $0 != .null }) { return type }
        if self.types.contains(.null) { return .null }
        if !self.properties.isEmpty || self.hasAdditionalProperties { return .object }
        if self.items != nil { return .array }
        return nil
    }

    /// Whether `null` is one of the listed types.
    public var isNullable: Bool { self.types.contains(.null) }

    /// The schema file a `#/components/schemas/<Name>` reference names.
    public var referencedSchemaName: String? {
        guard let reference, reference.hasPrefix(SchemaReference.componentsPrefix) else { return nil }
        return String(reference.dropFirst(SchemaReference.componentsPrefix.count))
    }

    /// Whether the property is listed in `required`.
    public func isRequired(_ property: String) -> Bool {
        self.required.contains(property)
    }
}

/// The vendor extensions a field (a parameter, a property, or its schema) may carry.
public struct FieldExtensions: Sendable, Equatable {
    /// `x-swift-name`: the Swift name to use instead of the derived one, when it is an identifier.
    public var swiftName: String?
    /// `x-json-string`: the value travels as JSON text.
    public var isJSONString: Bool?
    /// `x-index-base`: the first index of a flattened RPC list (0 or 1).
    public var indexBase: Int?
    /// `x-unique-by`: the member whose value must be unique across a list.
    public var uniqueBy: String?
    /// `x-observed`: the field was seen in answers, not documented.
    public var isObserved: Bool?
    /// `x-observed-values`: values of the schema's `enum` that were seen in answers, not documented
    /// (`specgen drift --apply` writes them with the values it adds).
    public var observedValues: [String]?
    /// `x-required`: members of the referenced structure this operation requires when it sends it, as
    /// dotted wire paths (`enable`, `upgrade_config.max_unavailable`).
    public var requiredMembers: [String]?
    /// `x-reference`: what the vendor reference documents where the spec deliberately differs.
    public var reference: ReferenceExtension?
    /// `x-source`: the SDK a field the vendor reference does not document was taken from.
    public var source: SourceExtension?
    /// Where each of these extensions is written, well formed or not, by key (`x-index-base`).
    public var locations: [String: SourceLocation] = [:]

    /// No extensions.
    public init() {}

    /// These extensions, with any that are missing taken from `other`.
    func filled(from other: FieldExtensions) -> FieldExtensions {
        var result = self
        result.swiftName = self.swiftName ?? other.swiftName
        result.isJSONString = self.isJSONString ?? other.isJSONString
        result.indexBase = self.indexBase ?? other.indexBase
        result.uniqueBy = self.uniqueBy ?? other.uniqueBy
        result.isObserved = self.isObserved ?? other.isObserved
        result.requiredMembers = self.requiredMembers ?? other.requiredMembers
        return result
    }
}
