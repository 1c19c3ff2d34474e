/// `<Name>+Operations.swift`: per operation a request type, a response type, and the request's encoding.
extension Translator {
    func operationDeclarations(_ operation: OperationModel) -> [Declaration] {
        [
            .extension(
                ExtensionDeclaration(
                    extendedType: self.model.name,
                    members: [self.requestStruct(operation), self.responseStruct(operation)])),
            self.requestEncoding(operation),
        ]
    }

    // MARK: - Request

    private func requestStruct(_ operation: OperationModel) -> Declaration {
        var members = operation.fields.map(self.property)
        members.append(
            self.memberwiseInitializer(operation.fields, summary: "Creates the parameters of \(operation.name)."))
        // Decodable by wire names, so the operation catalog can build a request from JSON parameters.
        members += self.codingKeys(operation.fields)
        if self.sharesWireNames(operation.fields) {
            members.append(
                .documented(
                    ["Decodes the parameters from an object keyed by their wire names."],
                    self.decodingInitializer(operation.fields)))
        }
        let doc = Self.paragraphs([["Parameters of \(operation.name)."], Self.lines(operation.summary)])
        return .documented(
            doc,
            .struct(
                StructDeclaration(
                    name: operation.requestTypeName,
                    conformances: ["Sendable", "Equatable", "Decodable", RuntimeSymbols.memberwiseDescribable],
                    members: members)))
    }

    private func requestEncoding(_ operation: OperationModel) -> Declaration {
        let descriptor: Expression
        let conformance: String
        let encode: FunctionDeclaration
        switch operation.invocation {
        case .roa(let method, let path):
            conformance = RuntimeSymbols.roaRequestEncodable
            descriptor = .call(
                .identifier(RuntimeSymbols.operationDescriptor),
                [
                    .init("name", .string(operation.name)), .init("method", .dot(RuntimeSymbols.httpMethod(method))),
                    .init("path", .string(path)),
                ])
            encode = FunctionDeclaration(
                attributes: [RuntimeSymbols.generatedSPI], kind: .function("encode"),
                parameters: [
                    .init(label: "to", name: "request", type: .named(RuntimeSymbols.roaRequestEncoder), isInout: true)
                ],
                isThrowing: true, body: operation.fields.map(self.roaEncodeStatement))
        case .rpc(let action, let methods):
            conformance = RuntimeSymbols.rpcRequestEncodable
            var arguments: [Expression.Argument] = [
                .init("name", .string(operation.name)), .init("action", .string(action)),
            ]
            if !methods.isEmpty {
                arguments.append(.init("methods", .array(methods.map { .dot(RuntimeSymbols.httpMethod($0)) })))
            }
            descriptor = .call(.identifier(RuntimeSymbols.operationDescriptor), arguments)
            encode = FunctionDeclaration(
                attributes: [RuntimeSymbols.generatedSPI], kind: .function("encode"),
                parameters: [
                    .init(
                        label: "to", name: "encoder", type: .named(RuntimeSymbols.rpcParameterEncoder), isInout: true)
                ],
                isThrowing: true, body: operation.fields.map { self.rpcEncodeStatement($0, encoder: "encoder") })
        }
        let operationProperty = Declaration.documented(
            ["The operation these parameters belong to.", "", self.remark(operation.origin)],
            .variable(
                VariableDeclaration(
                    isStatic: true, isMutable: false, name: "operation", value: descriptor)))
        return .extension(
            ExtensionDeclaration(
                extendedType: self.qualified(operation.requestTypeName), conformances: [conformance],
                members: [
                    operationProperty,
                    .documented(
                        ["Writes the fields into the request; the runtime does the encoding."], .function(encode)),
                ]))
    }

    private func roaEncodeStatement(_ field: FieldModel) -> Statement {
        let value = Expression.Argument(nil, .selfMember(field.swiftName))
        let name = Expression.Argument(nil, .string(field.wireName))
        let request = Expression.identifier("request")
        let call: Expression
        switch (field.location, field.encoding) {
        case (.path, _):
            call = request.call("setPathParameter", [name, value])
        case (.query, .jsonString):
            call = request.call("addQueryParameter", [name, .init("json", .selfMember(field.swiftName))])
        case (.query, .queryList(let style)):
            call = request.call(
                "addQueryParameter", [name, value, .init("style", .dot(RuntimeSymbols.queryListStyle(style)))])
        case (.query, _):
            call = request.call("addQueryParameter", [name, value])
        case (.body, _):
            call = request.call("setBody", [value])
        case (.bodyField, _) where !field.constraints.requiredMembers.isEmpty:
            let members = field.constraints.requiredMembers.map(Expression.string)
            call = request.call("setBodyField", [name, value, .init("requiring", .array(members))])
        case (.bodyField, _), (.rpc, _), (.member, _):
            call = request.call("setBodyField", [name, value])
        }
        return .expression(.try(call))
    }

    // MARK: - Response

    /// The response type: the runtime's ``EmptyResponse`` or ``BodyResponse`` of the body's type, or,
    /// for an inline object schema, a structure of its own.
    private func responseStruct(_ operation: OperationModel) -> Declaration {
        let response = operation.response
        let doc = Self.paragraphs([
            ["Result of \(operation.name)."], Self.lines(response.description), [self.remark(response.origin)],
        ])
        let fields: [FieldModel]
        switch response.kind {
        case .empty:
            return .documented(
                doc,
                .typeAlias(
                    access: .public, name: operation.responseTypeName, type: .named(RuntimeSymbols.emptyResponse)))
        case .body(let type):
            let body = SwiftRenderer().type(self.swiftType(type))
            return .documented(
                doc,
                .typeAlias(
                    access: .public, name: operation.responseTypeName,
                    type: .named("\(RuntimeSymbols.bodyResponse)<\(body)>")))
        case .fields(let list):
            fields = list.map(self.decodedFromAnswers)
        }
        var properties = fields
        if response.hasSyntheticRequestID {
            // Filled by the runtime from the response headers; no coding key, so never read from the body.
            properties.append(
                FieldModel(
                    wireName: "requestID", swiftName: "requestID", location: .member, type: .optional(.string),
                    isRequired: false,
                    description: "The request ID the service assigned, taken from the response headers.",
                    origin: response.origin))
        }
        var members = properties.map(self.property)
        members.append(self.undocumentedFieldsProperty())
        members.append(
            self.memberwiseInitializer(properties, summary: "Creates a response, for tests and mock transports."))
        members += self.codingKeys(fields, readFromAnswers: true, undocumentedFields: true)
        return .documented(
            doc,
            .struct(
                StructDeclaration(
                    name: operation.responseTypeName,
                    conformances: [
                        RuntimeSymbols.serviceResponse, "Codable", "Equatable", RuntimeSymbols.memberwiseDescribable,
                    ],
                    members: members)))
    }
}
