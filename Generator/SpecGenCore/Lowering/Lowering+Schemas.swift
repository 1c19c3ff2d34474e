import OpenAPIKit

extension Lowering {
    /// The Swift type of a schema; inline objects and string enums become shapes named `nameHint`.
    mutating func typeReference(_ schema: JSONSchema, pointer: [String], nameHint: String) -> TypeReference? {
        switch schema.value {
        case .reference(let reference, _):
            guard reference.isInternal, let name = reference.name else {
                self.error("reference '\(reference.absoluteString)' does not name a schema file", at: pointer)
                return nil
            }
            return self.lowerSchema(named: name, referencedFrom: pointer)
        case .string(let core, _):
            if let values = core.allowedValues, !values.isEmpty {
                guard
                    self.registerEnum(
                        named: nameHint, wireName: nameHint, values: values, description: core.description,
                        isSchemaFile: false, pointer: pointer)
                else { return nil }
                return .shape(nameHint)
            }
            return .string
        case .integer(let core, _):
            switch core.format.rawValue {
            case "int32": return .integer32
            case "int64": return .integer64
            default: return .integer
            }
        case .number:
            return .double
        case .boolean:
            return .bool
        case .array(_, let array):
            guard let items = array.items else { return .array(.jsonValue) }
            let (itemSchema, itemPointer) = Self.unwrappingSingleAllOf(items, pointer: pointer + ["items"])
            guard let element = self.typeReference(itemSchema, pointer: itemPointer, nameHint: nameHint + "Item")
            else { return nil }
            return .array(element)
        case .object(let core, let object):
            guard !object.properties.isEmpty else { return .jsonValue }
            guard
                let fields = self.lowerProperties(object.properties, parent: nameHint, pointer: pointer),
                self.registerShape(
                    ShapeModel(
                        name: nameHint, wireName: nameHint, kind: .structure(fields), description: core.description,
                        isSchemaFile: false, origin: self.origin(pointer)))
            else { return nil }
            return .shape(nameHint)
        case .fragment:
            return .jsonValue
        case .all(let schemas, _) where schemas.count == 1:
            let (inner, innerPointer) = Self.unwrappingSingleAllOf(schema, pointer: pointer)
            return self.typeReference(inner, pointer: innerPointer, nameHint: nameHint)
        case .all, .one, .any, .not:
            self.error(
                "allOf, oneOf, anyOf and not are not supported; describe the value as one object or as a free-form object",
                at: pointer)
            return nil
        case .null:
            self.error("a schema of type 'null' alone has no Swift type; use type: [<type>, 'null']", at: pointer)
            return nil
        }
    }

    /// The type a schema file stands for: a shape, or for plain aliases the aliased type itself.
    mutating func lowerSchema(named name: String, referencedFrom pointer: [String]) -> TypeReference? {
        if let type = self.schemaTypes[name] { return type }
        if self.failedSchemas.contains(name) { return nil }
        guard let schema = self.document.components.schemas.first(where: { $0.key.rawValue == name })?.value else {
            self.error("reference to unknown schema '\(name)'", at: pointer)
            return nil
        }
        let schemaPointer = ["components", "schemas", name]
        let swiftName: String
        if let custom = VendorExtension.string(schema.vendorExtensions, VendorExtension.swiftName) {
            guard SwiftName.isValidIdentifier(custom) else {
                self.error("'x-swift-name' '\(custom)' is not a Swift identifier", at: schemaPointer)
                return nil
            }
            swiftName = SwiftName.escaped(custom)
        } else {
            guard let derived = SwiftName.typeNameIfPossible(name) else {
                self.error("schema '\(name)' has no letters or digits to make a Swift name from", at: schemaPointer)
                return nil
            }
            swiftName = derived
        }
        if self.schemasInProgress.contains(name) {
            // Only structures may refer to themselves: their nested references are boxed.
            guard let type = self.schemaTypes[name] else {
                self.error("schema '\(name)' refers to itself but is not an object with properties", at: pointer)
                return nil
            }
            return type
        }
        self.schemasInProgress.insert(name)
        defer { self.schemasInProgress.remove(name) }

        let origin = self.origin(schemaPointer)
        var result: TypeReference?
        switch schema.value {
        case .object(let core, let object) where !object.properties.isEmpty:
            self.schemaTypes[name] = .shape(swiftName)
            if let fields = self.lowerProperties(object.properties, parent: swiftName, pointer: schemaPointer),
                self.registerShape(
                    ShapeModel(
                        name: swiftName, wireName: name, kind: .structure(fields), description: core.description,
                        isSchemaFile: true, origin: origin))
            {
                result = .shape(swiftName)
            }
        case .string(let core, _) where !(core.allowedValues ?? []).isEmpty:
            if self.registerEnum(
                named: swiftName, wireName: name, values: core.allowedValues ?? [], description: core.description,
                isSchemaFile: true, pointer: schemaPointer)
            {
                result = .shape(swiftName)
            }
        default:
            if let aliased = self.typeReference(schema, pointer: schemaPointer, nameHint: swiftName),
                self.registerShape(
                    ShapeModel(
                        name: swiftName, wireName: name, kind: .alias(aliased), description: schema.description,
                        isSchemaFile: true, origin: origin))
            {
                result = aliased
            }
        }
        self.schemaTypes[name] = result
        if result == nil { self.failedSchemas.insert(name) }
        return result
    }

    /// The fields of an object's properties, checked for Swift name collisions.
    mutating func lowerProperties(
        _ properties: OrderedDictionary<String, JSONSchema>, parent: String, pointer: [String],
        location: FieldLocation = .member
    ) -> [FieldModel]? {
        var fields: [FieldModel] = []
        var failed = false
        for (property, schema) in properties {
            let propertyPointer = pointer + ["properties", property]
            if let field = self.lowerField(
                wireName: property, schema: schema, isRequired: schema.required, location: location,
                description: nil, extensions: [:], parent: parent, pointer: propertyPointer,
                schemaPointer: propertyPointer)
            {
                fields.append(field)
            } else {
                failed = true
            }
        }
        guard self.checkCollisions(fields, in: parent), !failed else { return nil }
        return fields
    }

    /// The fields an object schema (inline or a schema file) contributes to a request or response,
    /// or nil when the schema is not an object with properties.
    mutating func objectFields(
        _ schema: JSONSchema, parent: String, pointer: [String], location: FieldLocation
    ) -> [FieldModel]?? {
        let (schema, pointer) = Self.unwrappingSingleAllOf(schema, pointer: pointer)
        switch schema.value {
        case .reference(let reference, _):
            guard let name = reference.name,
                let object = self.document.components.schemas.first(where: { $0.key.rawValue == name })?.value,
                case .object(_, let context) = object.value, !context.properties.isEmpty
            else { return .none }
            guard case .shape(let swiftName)? = self.lowerSchema(named: name, referencedFrom: pointer),
                let shape = self.shapes[swiftName]
            else { return .some(nil) }
            return .some(
                shape.fields.map { field in
                    var field = field
                    field.location = location
                    return field
                })
        case .object(_, let object) where !object.properties.isEmpty:
            return .some(self.lowerProperties(object.properties, parent: parent, pointer: pointer, location: location))
        default:
            return .none
        }
    }

    /// Registers a string enum shape, naming each value.
    mutating func registerEnum(
        named name: String, wireName: String, values: [AnyCodable], description: String?, isSchemaFile: Bool,
        pointer: [String]
    ) -> Bool {
        var cases: [EnumCaseModel] = []
        var seen: [String: String] = [:]
        var failed = false
        for value in values {
            guard let raw = VendorExtension.string(value.value) else {
                self.error("enum values of a string must be scalars", at: pointer + ["enum"])
                failed = true
                continue
            }
            guard let member = SwiftName.memberName(raw) else {
                self.error(
                    "enum value '\(raw)' has no letters or digits to make a Swift name from", at: pointer + ["enum"])
                failed = true
                continue
            }
            if let first = seen[member] {
                self.error(
                    "enum values '\(first)' and '\(raw)' both map to Swift name '\(member)'", at: pointer + ["enum"])
                failed = true
                continue
            }
            seen[member] = raw
            cases.append(EnumCaseModel(swiftName: member, value: raw))
        }
        guard !failed else { return false }
        return self.registerShape(
            ShapeModel(
                name: name, wireName: wireName, kind: .stringEnum(cases), description: description,
                isSchemaFile: isSchemaFile, origin: self.origin(pointer)))
    }

    /// Adds a shape; a second shape with the same Swift name is an error naming both.
    mutating func registerShape(_ shape: ShapeModel) -> Bool {
        if let existing = self.shapes[shape.name] {
            self.error(
                "two types are named '\(shape.name)': this one and the one at \(Self.cite(existing.origin)); "
                    + "rename one with 'x-swift-name'",
                at: shape.origin, notes: [.note("'\(shape.name)' is first declared here", at: existing.origin.location)]
            )
            return false
        }
        self.shapes[shape.name] = shape
        return true
    }

    static func cite(_ origin: Origin) -> String {
        origin.location?.description ?? "\(origin.file) #\(origin.pointer)"
    }
}
