/// The fields an object schema contributes to a request or response.
enum ObjectFields {
    /// The schema is an object with properties: these are its fields.
    case fields([FieldModel])
    /// The schema is such an object, but lowering its fields failed (already reported).
    case failed
    /// The schema is not an object with properties; the value is taken whole.
    case notAnObject
}

extension Lowering {
    /// The Swift type of a schema; inline objects and string enums become shapes named `nameHint`.
    mutating func typeReference(_ schema: SpecSchema, nameHint: String) -> TypeReference? {
        let schema = Self.unwrappingSingleAllOf(schema)
        let pointer = schema.pointer
        if schema.reference != nil {
            // Loading rewrites every `$ref` to a schema file it found, or refuses it (see `ReferenceRewriter`).
            guard let name = schema.referencedSchemaName else {
                self.failureCount += 1
                return nil
            }
            return self.lowerSchema(named: name, referencedFrom: pointer)
        }
        guard schema.compositions.isEmpty else {
            self.error(
                "allOf, oneOf, anyOf and not are not supported; describe the value as one object or as a free-form object",
                at: pointer)
            return nil
        }
        switch schema.kind {
        case .string:
            if let values = schema.enumValues, !values.isEmpty {
                guard
                    self.registerEnum(
                        named: nameHint, wireName: nameHint, values: values, description: schema.description,
                        isSchemaFile: false, pointer: pointer)
                else { return nil }
                return .shape(nameHint)
            }
            return schema.format == "date-time" ? .timestamp : .string
        case .integer:
            switch schema.format {
            case "int32": return .integer32
            case "int64": return .integer64
            default: return .integer
            }
        case .number:
            return .double
        case .boolean:
            return .bool
        case .array:
            guard let items = schema.items else { return .array(.jsonValue) }
            guard let element = self.typeReference(items, nameHint: nameHint + "Item") else { return nil }
            return .array(element)
        case .object:
            guard !schema.properties.isEmpty else { return .jsonValue }
            guard
                let fields = self.lowerProperties(of: schema, parent: nameHint),
                self.registerShape(
                    ShapeModel(
                        name: nameHint, wireName: nameHint, kind: .structure(fields), description: schema.description,
                        isSchemaFile: false, origin: self.origin(pointer)))
            else { return nil }
            return .shape(nameHint)
        case nil:
            return .jsonValue
        case .null:
            self.error("a schema of type 'null' alone has no Swift type; use type: [<type>, 'null']", at: pointer)
            return nil
        }
    }

    /// The type a schema file stands for: a shape, or for plain aliases the aliased type itself.
    mutating func lowerSchema(named name: String, referencedFrom pointer: [String]) -> TypeReference? {
        if let type = self.schemaTypes[name] { return type }
        if self.failedSchemas.contains(name) {
            self.failureCount += 1
            return nil
        }
        // Loading refuses a `$ref` to a schema file that does not exist (see `ReferenceRewriter`).
        guard let schema = self.document.schemas[name] else {
            self.failureCount += 1
            return nil
        }
        let schemaPointer = ["components", "schemas", name]
        let swiftName: String
        if let custom = schema.extensions.swiftName {
            swiftName = SwiftName.escaped(custom)
        } else {
            guard let derived = SwiftName.typeNameIfPossible(name) else {
                self.error("schema '\(name)' has no letters or digits to make a Swift name from", at: schemaPointer)
                self.failedSchemas.insert(name)
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
        if schema.reference == nil, schema.compositions.isEmpty, schema.kind == .object, !schema.properties.isEmpty {
            self.schemaTypes[name] = .shape(swiftName)
            if let fields = self.lowerProperties(of: schema, parent: swiftName),
                self.registerShape(
                    ShapeModel(
                        name: swiftName, wireName: name, kind: .structure(fields), description: schema.description,
                        isSchemaFile: true, origin: origin))
            {
                result = .shape(swiftName)
            }
        } else if schema.reference == nil, schema.compositions.isEmpty, schema.kind == .string,
            let values = schema.enumValues, !values.isEmpty
        {
            if self.registerEnum(
                named: swiftName, wireName: name, values: values, description: schema.description,
                isSchemaFile: true, pointer: schemaPointer)
            {
                result = .shape(swiftName)
            }
        } else if let aliased = self.typeReference(schema, nameHint: swiftName),
            self.registerShape(
                ShapeModel(
                    name: swiftName, wireName: name, kind: .alias(aliased), description: schema.description,
                    isSchemaFile: true, origin: origin))
        {
            result = aliased
        }
        self.schemaTypes[name] = result
        if result == nil { self.failedSchemas.insert(name) }
        return result
    }

    /// The fields of an object's properties, checked for Swift name collisions.
    mutating func lowerProperties(
        of schema: SpecSchema, parent: String, location: FieldLocation = .member
    ) -> [FieldModel]? {
        var fields: [FieldModel] = []
        var failed = false
        for property in schema.properties {
            if let field = self.lowerField(
                wireName: property.name, schema: property.schema, isRequired: schema.isRequired(property.name),
                location: location, description: nil, extensions: FieldExtensions(), parent: parent,
                pointer: property.schema.pointer)
            {
                fields.append(field)
            } else {
                failed = true
            }
        }
        guard self.checkCollisions(fields, in: parent), !failed else { return nil }
        return fields
    }

    /// The fields an object schema (inline or a schema file) contributes to a request or response.
    mutating func objectFields(_ schema: SpecSchema, parent: String, location: FieldLocation) -> ObjectFields {
        let schema = Self.unwrappingSingleAllOf(schema)
        if let name = schema.referencedSchemaName {
            guard let object = self.document.schemas[name], object.reference == nil, object.compositions.isEmpty,
                object.kind == .object, !object.properties.isEmpty
            else { return .notAnObject }
            guard case .shape(let swiftName)? = self.lowerSchema(named: name, referencedFrom: schema.pointer),
                let shape = self.shapes[swiftName]
            else { return .failed }
            return .fields(
                shape.fields.map { field in
                    var field = field
                    field.location = location
                    return field
                })
        }
        guard schema.reference == nil, schema.compositions.isEmpty, schema.kind == .object,
            !schema.properties.isEmpty
        else { return .notAnObject }
        return self.lowerProperties(of: schema, parent: parent, location: location).map(ObjectFields.fields) ?? .failed
    }

    /// Registers a string enum shape, naming each value.
    mutating func registerEnum(
        named name: String, wireName: String, values: [YAMLNode], description: String?, isSchemaFile: Bool,
        pointer: [String]
    ) -> Bool {
        var cases: [EnumCaseModel] = []
        var seen: [String: String] = [:]
        var failed = false
        for (index, value) in values.enumerated() {
            guard let raw = Self.scalarText(value) else {
                self.error("enum values of a string must be scalars", at: pointer + ["enum", String(index)])
                failed = true
                continue
            }
            guard let member = SwiftName.memberName(raw) else {
                self.error(
                    "enum value '\(raw)' has no letters or digits to make a Swift name from",
                    at: pointer + ["enum", String(index)])
                failed = true
                continue
            }
            if let first = seen[member] {
                self.error(
                    "enum values '\(first)' and '\(raw)' both map to Swift name '\(member)'",
                    at: pointer + ["enum", String(index)])
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
