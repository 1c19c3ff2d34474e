import OpenAPIKit

extension Lowering {
    /// Lowers one field (parameter, body property, structure property).
    /// - Parameters:
    ///   - extensions: The owner's vendor extensions (a parameter's), merged with the schema's.
    ///   - parent: The Swift name inline types are prefixed with (`<Parent><Field>`).
    ///   - pointer: The field's node (diagnostics, remarks).
    ///   - schemaPointer: The field's schema node.
    mutating func lowerField(
        wireName: String, schema: JSONSchema, isRequired: Bool, location: FieldLocation, description: String?,
        extensions: [String: AnyCodable], parent: String, pointer: [String], schemaPointer: [String],
        swiftNameOverride: String? = nil
    ) -> FieldModel? {
        let (schema, schemaPointer) = Self.unwrappingSingleAllOf(schema, pointer: schemaPointer)
        let extensions = extensions.merging(schema.vendorExtensions) { owner, _ in owner }
        guard let swiftName = self.swiftMemberName(wireName, override: swiftNameOverride, extensions, at: pointer)
        else { return nil }
        // Inline types are named from the wire name (`cpu_policy` -> `CPUPolicy`) unless the field is renamed.
        let renamed = swiftNameOverride != nil || VendorExtension.string(extensions, VendorExtension.swiftName) != nil
        let suffix =
            renamed
            ? Self.typeSuffix(for: SwiftName.unescaped(swiftName)) : SwiftName.unescaped(SwiftName.typeName(wireName))
        let hint = parent + suffix
        guard let type = self.typeReference(schema, pointer: schemaPointer, nameHint: hint) else { return nil }

        var encoding = FieldEncoding.value
        if VendorExtension.bool(extensions, VendorExtension.jsonString) == true {
            encoding = .jsonString
        } else if case .array = type,
            case .some(let base) = VendorExtension.integer(extensions, VendorExtension.indexBase)
        {
            guard let base, base == 0 || base == 1 else {
                self.error("'x-index-base' must be 0 or 1", at: schemaPointer + [VendorExtension.indexBase])
                return nil
            }
            encoding = Self.itemsAreJSONStrings(schema) ? .jsonStringList(indexBase: base) : .list(indexBase: base)
        }
        let isNullable = schema.nullable || self.referencedSchemaIsNullable(schema)
        let optional = !isRequired || isNullable
        var constraints = Self.constraints(of: schema)
        if case .array = type { constraints.uniqueBy = VendorExtension.string(extensions, VendorExtension.uniqueBy) }
        return FieldModel(
            wireName: wireName, swiftName: swiftName, location: location, type: optional ? type.optional : type,
            isRequired: isRequired, isNullable: isNullable,
            alternativeTypes: self.alternativeTypes(at: schemaPointer),
            isObserved: VendorExtension.bool(extensions, VendorExtension.observed) == true, encoding: encoding,
            description: description ?? schema.description ?? self.referencedDescription(type),
            defaultValue: schema.defaultValue.flatMap { VendorExtension.literal($0.value) },
            constraints: constraints, origin: self.origin(pointer))
    }

    /// The types a `type` list names after the first one that is not `null` (which OpenAPIKit turned
    /// into the Swift type), in spec order: `type: [integer, string, 'null']` gives `[.string]`.
    func alternativeTypes(at schemaPointer: [String]) -> [JSONType] {
        guard let listed = self.spec.typeLists[SourceMap.pointer(schemaPointer)] else { return [] }
        var alternatives: [JSONType] = []
        for type in listed.filter({ $0 != .null }).dropFirst() where !alternatives.contains(type) {
            alternatives.append(type)
        }
        return alternatives
    }

    /// The Swift member name: the override, `x-swift-name`, or the sanitized wire name.
    mutating func swiftMemberName(
        _ wireName: String, override: String?, _ extensions: [String: AnyCodable], at pointer: [String]
    ) -> String? {
        if let override { return override }
        if let custom = VendorExtension.string(extensions, VendorExtension.swiftName) {
            guard SwiftName.isValidIdentifier(custom) else {
                self.error("'x-swift-name' '\(custom)' is not a Swift identifier", at: pointer)
                return nil
            }
            return SwiftName.escaped(custom)
        }
        guard let name = SwiftName.memberName(wireName) else {
            self.error(
                "'\(wireName)' has no letters or digits to make a Swift name from; add 'x-swift-name'", at: pointer)
            return nil
        }
        return name
    }

    /// Whether a `$ref`'d schema file allows null itself (`type: [object, 'null']`), which makes every
    /// field referring to it nullable.
    func referencedSchemaIsNullable(_ schema: JSONSchema) -> Bool {
        guard case .reference(let reference, _) = schema.value, let name = reference.name else { return false }
        return self.document.components.schemas.first { $0.key.rawValue == name }?.value.nullable ?? false
    }

    /// A referenced type's own description, documenting a field that has none.
    func referencedDescription(_ type: TypeReference) -> String? {
        guard case .shape(let name) = type else { return nil }
        return self.shapes[name]?.description
    }

    /// Whether an array's items are marked `x-json-string`: each element travels as its own JSON text.
    static func itemsAreJSONStrings(_ schema: JSONSchema) -> Bool {
        guard case .array(_, let array) = schema.value, let items = array.items else { return false }
        let (item, _) = Self.unwrappingSingleAllOf(items, pointer: [])
        return VendorExtension.bool(item.vendorExtensions, VendorExtension.jsonString) == true
    }

    /// `masterConfig` -> `MasterConfig`, the suffix of a derived inline type name.
    static func typeSuffix(for memberName: String) -> String {
        let trimmed = memberName.hasPrefix("_") ? String(memberName.dropFirst()) : memberName
        return trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    }

    /// `allOf: [X]` with one entry means X (how a `$ref` with sibling keywords is sometimes written).
    static func unwrappingSingleAllOf(_ schema: JSONSchema, pointer: [String]) -> (JSONSchema, [String]) {
        guard case .all(let schemas, let core) = schema.value, schemas.count == 1 else { return (schema, pointer) }
        let inner = schemas[0]
        var merged = inner.with(vendorExtensions: inner.vendorExtensions.merging(core.vendorExtensions) { $1 })
        if core.nullable, !inner.nullable { merged = merged.nullableSchemaObject() }
        if let description = core.description, inner.description == nil {
            merged = merged.with(description: description)
        }
        return (merged, pointer + ["allOf", "0"])
    }

    static func constraints(of schema: JSONSchema) -> FieldConstraints {
        var constraints = FieldConstraints()
        switch schema.value {
        case .string(let core, let string):
            constraints.minLength = string.minLength > 0 ? string.minLength : nil
            constraints.maxLength = string.maxLength
            constraints.pattern = string.pattern
            constraints.format = core.format.rawValue.isEmpty ? nil : core.format.rawValue
        case .integer(let core, let integer):
            constraints.minimum = integer.minimum.map { ($0.exclusive ? ">" : "") + String($0.value) }
            constraints.maximum = integer.maximum.map { ($0.exclusive ? "<" : "") + String($0.value) }
            constraints.allowedValues = core.allowedValues?.compactMap { VendorExtension.string($0.value) } ?? []
        case .number(let core, let number):
            constraints.minimum = number.minimum.map { ($0.exclusive ? ">" : "") + Self.number($0.value) }
            constraints.maximum = number.maximum.map { ($0.exclusive ? "<" : "") + Self.number($0.value) }
            constraints.allowedValues = core.allowedValues?.compactMap { VendorExtension.string($0.value) } ?? []
        case .array(_, let array):
            constraints.minItems = array.minItems > 0 ? array.minItems : nil
            constraints.maxItems = array.maxItems
        default:
            break
        }
        return constraints
    }

    private static func number(_ value: Double) -> String {
        VendorExtension.string(value) ?? String(value)
    }
}
