extension Lowering {
    /// Lowers one field (parameter, body property, structure property).
    /// - Parameters:
    ///   - extensions: The owner's vendor extensions (a parameter's), which win over the schema's.
    ///   - parent: The Swift name inline types are prefixed with (`<Parent><Field>`).
    ///   - pointer: The field's node (diagnostics, remarks).
    mutating func lowerField(
        wireName: String, schema: SpecSchema, isRequired: Bool, location: FieldLocation, description: String?,
        extensions: FieldExtensions, parent: String, pointer: [String], swiftNameOverride: String? = nil
    ) -> FieldModel? {
        let schema = Self.unwrappingSingleAllOf(schema)
        let extensions = extensions.filled(from: schema.extensions)
        guard let swiftName = self.swiftMemberName(wireName, override: swiftNameOverride, extensions, at: pointer)
        else { return nil }
        // Inline types are named from the wire name (`cpu_policy` -> `CPUPolicy`) unless the field is renamed.
        let renamed = swiftNameOverride != nil || extensions.swiftName != nil
        let suffix =
            renamed
            ? Self.typeSuffix(for: SwiftName.unescaped(swiftName)) : SwiftName.unescaped(SwiftName.typeName(wireName))
        let hint = parent + suffix
        guard let type = self.typeReference(schema, nameHint: hint) else { return nil }

        var encoding = FieldEncoding.value
        if extensions.isJSONString == true {
            encoding = .jsonString
        } else if case .array = type, let base = extensions.indexBase ?? self.referencedIndexBase(schema) {
            encoding = Self.itemsAreJSONStrings(schema) ? .jsonStringList(indexBase: base) : .list(indexBase: base)
        }
        let isNullable = schema.isNullable || self.referencedSchemaIsNullable(schema)
        let optional = !isRequired || isNullable
        var constraints = Self.constraints(of: schema)
        if case .array = type { constraints.uniqueBy = extensions.uniqueBy }
        constraints.requiredMembers = extensions.requiredMembers ?? []
        return FieldModel(
            wireName: wireName, swiftName: swiftName, location: location, type: optional ? type.optional : type,
            isRequired: isRequired, isNullable: isNullable, alternativeTypes: Self.alternativeTypes(of: schema),
            isObserved: extensions.isObserved == true, encoding: encoding,
            description: description ?? schema.description ?? self.referencedDescription(type),
            defaultValue: schema.defaultValue?.literalText, constraints: constraints, origin: self.origin(pointer))
    }

    /// The types a `type` list names after the first one that is not `null` (the one the Swift type
    /// is made from), in spec order: `type: [integer, string, 'null']` gives `[.string]`.
    static func alternativeTypes(of schema: SpecSchema) -> [JSONType] {
        var alternatives: [JSONType] = []
        for type in schema.types.filter({ $0 != .null }).dropFirst() where !alternatives.contains(type) {
            alternatives.append(type)
        }
        return alternatives
    }

    /// The Swift member name: the override, `x-swift-name`, or the sanitized wire name.
    mutating func swiftMemberName(
        _ wireName: String, override: String?, _ extensions: FieldExtensions, at pointer: [String]
    ) -> String? {
        if let override { return override }
        if let custom = extensions.swiftName { return SwiftName.escaped(custom) }
        guard let name = SwiftName.memberName(wireName) else {
            self.error(
                "'\(wireName)' has no letters or digits to make a Swift name from; add 'x-swift-name'", at: pointer)
            return nil
        }
        return name
    }

    /// Whether a `$ref`'d schema file allows null itself (`type: [object, 'null']`), which makes every
    /// field referring to it nullable.
    func referencedSchemaIsNullable(_ schema: SpecSchema) -> Bool {
        guard let name = schema.referencedSchemaName else { return false }
        return self.document.schemas[name]?.isNullable ?? false
    }

    /// The `x-index-base` of the schema file a field refers to, through files that only refer on: the
    /// `x-index-base` rule asks for it on an array schema file, so a field using the file takes it.
    func referencedIndexBase(_ schema: SpecSchema) -> Int? {
        var name = schema.referencedSchemaName
        var seen: Set<String> = []
        while let current = name, seen.insert(current).inserted, let file = self.document.schemas[current] {
            if let base = file.extensions.indexBase { return base }
            name = file.referencedSchemaName
        }
        return nil
    }

    /// A referenced type's own description, documenting a field that has none.
    func referencedDescription(_ type: TypeReference) -> String? {
        guard case .shape(let name) = type else { return nil }
        return self.shapes[name]?.description
    }

    /// Whether an array's items are marked `x-json-string`: each element travels as its own JSON text.
    static func itemsAreJSONStrings(_ schema: SpecSchema) -> Bool {
        guard let items = schema.items else { return false }
        return Self.unwrappingSingleAllOf(items).extensions.isJSONString == true
    }

    /// `masterConfig` -> `MasterConfig`, the suffix of a derived inline type name.
    static func typeSuffix(for memberName: String) -> String {
        let trimmed = memberName.hasPrefix("_") ? String(memberName.dropFirst()) : memberName
        return trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    }

    /// `allOf: [X]` with one entry and nothing else that shapes the value means X, with the outer
    /// schema's description, extensions and `null` added.
    static func unwrappingSingleAllOf(_ schema: SpecSchema) -> SpecSchema {
        guard schema.compositions.count == 1, schema.compositions[0].keyword == "allOf",
            schema.compositions[0].schemas.count == 1, schema.reference == nil,
            schema.kind == nil || schema.kind == .null
        else { return schema }
        let inner = schema.compositions[0].schemas[0]
        return SpecSchema(
            pointer: inner.pointer, reference: inner.reference,
            types: inner.types + (schema.isNullable && !inner.isNullable ? [.null] : []), format: inner.format,
            enumValues: inner.enumValues, properties: inner.properties, required: inner.required, items: inner.items,
            hasAdditionalProperties: inner.hasAdditionalProperties, compositions: inner.compositions,
            description: inner.description ?? schema.description, defaultValue: inner.defaultValue,
            minLength: inner.minLength, maxLength: inner.maxLength, pattern: inner.pattern, minimum: inner.minimum,
            maximum: inner.maximum, minItems: inner.minItems, maxItems: inner.maxItems,
            extensions: schema.extensions.filled(from: inner.extensions))
    }

    static func constraints(of schema: SpecSchema) -> FieldConstraints {
        var constraints = FieldConstraints()
        switch schema.kind {
        case .string:
            constraints.minLength = schema.minLength.flatMap { $0 > 0 ? $0 : nil }
            constraints.maxLength = schema.maxLength
            constraints.pattern = schema.pattern
            constraints.format = schema.format.flatMap { $0.isEmpty ? nil : $0 }
        case .integer, .number:
            let integer = schema.kind == .integer
            constraints.minimum = schema.minimum.map { ($0.isExclusive ? ">" : "") + Self.number($0.value, integer) }
            constraints.maximum = schema.maximum.map { ($0.isExclusive ? "<" : "") + Self.number($0.value, integer) }
            constraints.allowedValues = schema.enumValues?.compactMap(Self.scalarText) ?? []
        case .array:
            constraints.minItems = schema.minItems.flatMap { $0 > 0 ? $0 : nil }
            constraints.maxItems = schema.maxItems
        default:
            break
        }
        return constraints
    }

    /// A bound as documentation text: whole numbers without a fraction.
    private static func number(_ value: Double, _ integer: Bool) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A scalar enum value as text (`"a"` -> `a`, `1` -> `1`); nil for null and collections.
    static func scalarText(_ node: YAMLNode) -> String? {
        guard node.scalarValue != nil, !node.isNull else { return nil }
        return node.literalText.map { text in
            text.hasPrefix("\"") ? String(text.dropFirst().dropLast()) : text
        }
    }
}
