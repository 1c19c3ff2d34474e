/// Building blocks shared by requests, responses and models: properties, memberwise initializers and
/// coding keys. `Codable` itself is synthesized; only a request whose fields share a wire name gets an
/// explicit `init(from:)`.
extension Translator {
    /// A documented stored property; structure-valued fields are `@Boxed`, secrets `@Sensitive`.
    func property(_ field: FieldModel) -> Declaration {
        .documented(
            self.fieldDoc(field),
            .variable(
                VariableDeclaration(
                    attributes: self.propertyAttributes(field), name: field.swiftName,
                    type: self.swiftType(field.type))))
    }

    /// `public init(a: A, b: B? = nil)` assigning every field; optionals default to nil.
    func memberwiseInitializer(_ fields: [FieldModel], summary: String) -> Declaration {
        let parameters = fields.map { field in
            FunctionDeclaration.Parameter(
                name: field.swiftName, type: self.swiftType(field.type),
                defaultValue: field.type.isOptional ? .nil : nil)
        }
        let body = fields.map { Statement.assignment(.selfMember($0.swiftName), .identifier($0.swiftName)) }
        return .documented(
            Self.paragraphs([[summary], self.parameterDocs(fields)]),
            .function(FunctionDeclaration(kind: .initializer, parameters: parameters, body: body)))
    }

    /// `enum CodingKeys: Swift.String, CodingKey`, or nothing when there are no fields
    /// (an enum without cases cannot have a raw type). Keys of a type read from answers also state
    /// the spec's member rules when there are any (required, nullable, further JSON types).
    ///
    /// - Parameter undocumentedFields: Whether the type keeps undocumented members; their key comes
    ///   last, so the synthesized `init(from:)` reads them after every documented member.
    func codingKeys(
        _ fields: [FieldModel], readFromAnswers: Bool = false, undocumentedFields: Bool = false
    ) -> [Declaration] {
        guard !fields.isEmpty || undocumentedFields else { return [] }
        // A wire name shared by two fields (a body field repeating a path parameter) gets one key.
        var seenWireNames: Set<String> = []
        let unique = fields.filter { seenWireNames.insert($0.wireName).inserted }
        var cases = unique.map { field in
            EnumCase(
                name: field.swiftName,
                rawValue: SwiftName.unescaped(field.swiftName) == field.wireName ? nil : field.wireName)
        }
        if undocumentedFields { cases.append(EnumCase(name: RuntimeSymbols.undocumentedFields, rawValue: nil)) }
        var conformances = ["Swift.String", "CodingKey"]
        var members: [Declaration] = []
        if readFromAnswers, let rules = self.memberRules(unique) {
            conformances.append(RuntimeSymbols.documentedCodingKeys)
            members.append(
                .variable(
                    VariableDeclaration(
                        access: nil, isStatic: true, isMutable: false, name: "memberRules", value: rules)))
        }
        return [
            .enum(EnumDeclaration(name: "CodingKeys", conformances: conformances, cases: cases, members: members))
        ]
    }

    /// `MemberRules(required: [...], nullable: [...], alternativeTypes: [...])` with the arguments that
    /// say something, or nil when no field has a rule beyond its Swift type.
    private func memberRules(_ fields: [FieldModel]) -> Expression? {
        let required = fields.filter(\.isRequired).map { Expression.string($0.wireName) }
        let nullable = fields.filter(\.isNullable).map { Expression.string($0.wireName) }
        let alternatives = fields.filter { !$0.alternativeTypes.isEmpty }.map { field in
            Expression.DictionaryElement(
                .string(field.wireName), .array(field.alternativeTypes.map { .dot($0.rawValue) }))
        }
        var arguments: [Expression.Argument] = []
        if !required.isEmpty { arguments.append(.init("required", .array(required))) }
        if !nullable.isEmpty { arguments.append(.init("nullable", .array(nullable))) }
        if !alternatives.isEmpty { arguments.append(.init("alternativeTypes", .dictionary(alternatives))) }
        guard !arguments.isEmpty else { return nil }
        return .call(.identifier(RuntimeSymbols.memberRules), arguments)
    }

    /// The stored property that keeps members the spec does not describe; declared after the fields.
    func undocumentedFieldsProperty() -> Declaration {
        .documented(
            ["Members the server sent that the spec does not describe, by wire name; each was reported as drift."],
            .variable(
                VariableDeclaration(
                    name: RuntimeSymbols.undocumentedFields,
                    value: .call(.identifier(RuntimeSymbols.undocumentedFieldsType), []))))
    }

    /// Whether two fields share a wire name (a body field repeating a path parameter): the synthesized
    /// `init(from:)` cannot fill both from one key.
    func sharesWireNames(_ fields: [FieldModel]) -> Bool {
        Set(fields.map(\.wireName)).count < fields.count
    }

    /// `public init(from decoder: any Decoder) throws` for fields that share wire names: each field is
    /// read from its wire name's one key.
    func decodingInitializer(_ fields: [FieldModel]) -> Declaration {
        var body: [Statement] = [
            .binding(
                name: "container", isMutable: false,
                value: .try(
                    .identifier("decoder").call("container", [.init("keyedBy", .metatype(.named("CodingKeys")))])))
        ]
        var keyForWireName: [String: String] = [:]
        for field in fields where keyForWireName[field.wireName] == nil {
            keyForWireName[field.wireName] = field.swiftName
        }
        for field in fields {
            let method = field.type.isOptional ? "decodeIfPresent" : "decode"
            let key = keyForWireName[field.wireName] ?? field.swiftName
            let value = Expression.try(
                .identifier("container").call(
                    method,
                    [
                        .init(nil, .metatype(self.swiftType(field.type.unwrapped))),
                        .init("forKey", .dot(key)),
                    ]))
            body.append(.assignment(.selfMember(field.swiftName), value))
        }
        return .function(
            FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(label: "from", name: "decoder", type: .existential("Decoder"))],
                isThrowing: true, body: body))
    }

    /// `try encoder.<method>(self.x, forKey: "Wire"[, indexBase: n])` for one RPC field.
    func rpcEncodeStatement(_ field: FieldModel, encoder: String) -> Statement {
        let value = Expression.selfMember(field.swiftName)
        let key = Expression.Argument("forKey", .string(field.wireName))
        let call: Expression
        switch field.encoding {
        case .value, .queryList:
            call = .identifier(encoder).call("encode", [.init(nil, value), key])
        case .list(let indexBase):
            call = .identifier(encoder).call(
                "encodeList",
                [.init(nil, value), key, .init("indexBase", .integer(indexBase))] + self.listLimits(field))
        case .structure:
            call = .identifier(encoder).call("encodeStructure", [.init(nil, value), key])
        case .jsonString:
            call = .identifier(encoder).call("encodeJSONString", [.init(nil, value), key])
        case .jsonStringList(let indexBase):
            call = .identifier(encoder).call(
                "encodeJSONStringList",
                [.init(nil, value), key, .init("indexBase", .integer(indexBase))] + self.listLimits(field))
        }
        return .expression(.try(call))
    }

    /// `public func encode(to encoder: inout RPCParameterEncoder) throws` listing every field.
    func rpcEncodingFunction(_ fields: [FieldModel]) -> Declaration {
        .function(
            FunctionDeclaration(
                attributes: [RuntimeSymbols.generatedSPI], kind: .function("encode"),
                parameters: [
                    .init(
                        label: "to", name: "encoder", type: .named(RuntimeSymbols.rpcParameterEncoder), isInout: true)
                ],
                isThrowing: true, body: fields.map { self.rpcEncodeStatement($0, encoder: "encoder") }))
    }
}
