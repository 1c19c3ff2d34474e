/// `<Name>+Models.swift`: one type per shape, plus RPC parameter encoding for flattened structures.
extension Translator {
    func shapeDeclarations(_ shape: ShapeModel) -> [Declaration] {
        let summary: String
        switch shape.kind {
        case .structure: summary = "The `\(shape.wireName)` structure."
        case .stringEnum: summary = "The values of `\(shape.wireName)`; values the spec does not list decode too."
        case .alias: summary = "Another name for the `\(shape.wireName)` type."
        }
        let description = Self.lines(shape.description)
        let doc = Self.paragraphs([
            description.isEmpty ? [summary] : description,
            [self.remark(shape.origin, wholeFile: shape.isSchemaFile)],
        ])
        let declaration: Declaration
        switch shape.kind {
        case .structure(let fields):
            let readFromAnswers = self.responseShapes.contains(shape.name)
            declaration = self.structure(
                shape.name, readFromAnswers ? fields.map(self.decodedFromAnswers) : fields,
                readFromAnswers: readFromAnswers)
        case .stringEnum(let cases):
            declaration = self.extensibleEnum(shape.name, cases)
        case .alias(let type):
            declaration = .typeAlias(access: .public, name: shape.name, type: self.swiftType(type))
        }
        var result: [Declaration] = [
            .extension(ExtensionDeclaration(extendedType: self.model.name, members: [.documented(doc, declaration)]))
        ]
        if shape.isRPCParameter {
            result.append(
                .extension(
                    ExtensionDeclaration(
                        extendedType: self.qualified(shape.name), conformances: [RuntimeSymbols.rpcParameterEncodable],
                        members: [
                            .documented(
                                ["Writes the fields as flattened RPC parameters under the encoder's prefix."],
                                self.rpcEncodingFunction(shape.fields))
                        ])))
        }
        return result
    }

    private func structure(_ name: String, _ fields: [FieldModel], readFromAnswers: Bool) -> Declaration {
        var members = fields.map(self.property)
        members.append(self.undocumentedFieldsProperty())
        members.append(self.memberwiseInitializer(fields, summary: "Creates a value."))
        members += self.codingKeys(fields, readFromAnswers: readFromAnswers, undocumentedFields: true)
        return .struct(
            StructDeclaration(
                name: name, conformances: ["Codable", "Equatable", "Sendable", RuntimeSymbols.memberwiseDescribable],
                members: members))
    }

    private func extensibleEnum(_ name: String, _ cases: [EnumCaseModel]) -> Declaration {
        var members: [Declaration] = [
            .documented(
                ["The value as sent on the wire."],
                .variable(VariableDeclaration(name: "rawValue", type: .named("Swift.String"))))
        ]
        members.append(
            .documented(
                ["Creates a value; values the spec does not list are kept as they are."],
                .function(
                    FunctionDeclaration(
                        kind: .initializer, parameters: [.init(name: "rawValue", type: .named("Swift.String"))],
                        body: [.assignment(.selfMember("rawValue"), .identifier("rawValue"))]))))
        members += cases.map { enumCase in
            .documented(
                ["`\(enumCase.value)`"],
                .variable(
                    VariableDeclaration(
                        isStatic: true, isMutable: false, name: enumCase.swiftName,
                        value: .call(.identifier(name), [.init("rawValue", .string(enumCase.value))]))))
        }
        members.append(self.allCasesProperty(name, cases.map(\.swiftName), summary: "The values the spec lists."))
        return .struct(StructDeclaration(name: name, conformances: [RuntimeSymbols.extensibleEnum], members: members))
    }

    /// `public static let allCases: [Name] = [.a, .b]`: an extensible enum's documented values.
    func allCasesProperty(_ name: String, _ memberNames: [String], summary: String) -> Declaration {
        .documented(
            [summary],
            .variable(
                VariableDeclaration(
                    isStatic: true, isMutable: false, name: "allCases", type: .array(.named(name)),
                    value: .array(memberNames.map { .dot($0) }))))
    }
}
