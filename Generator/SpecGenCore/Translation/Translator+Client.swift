/// `<Name>+Client.swift`: the service descriptor, the client with one method per operation, the
/// operation and waiter catalogs, and the service catalog.
extension Translator {
    func clientDeclarations() -> [Declaration] {
        [self.serviceDescriptor()] + self.errorCodeDeclarations() + [self.clientStruct(), self.operationCatalog()]
            + self.paginationDeclarations() + self.waiterDeclarations() + [self.serviceCatalog()]
    }

    private func serviceDescriptor() -> Declaration {
        let model = self.model
        var arguments: [Expression.Argument] = [
            .init("name", .string(model.name)),
            .init("apiVersion", .string(model.apiVersion)),
            .init("protocol", .dot(model.style.rawValue)),
            .init("product", .string(model.product)),
            .init("endpoint", self.endpointTemplate(model.endpoint)),
            .init(
                "signatureAlgorithms",
                .array(model.signatureAlgorithms.map { .dot(RuntimeSymbols.signatureAlgorithm($0)) })),
            .init("signingService", model.signingService.map(Expression.string) ?? .nil),
            .init("rpcMethods", .array(model.rpcMethods.map { .dot(RuntimeSymbols.httpMethod($0)) })),
        ]
        if !model.alternativeEndpoints.isEmpty {
            arguments.insert(
                .init("alternativeEndpoints", .array(model.alternativeEndpoints.map(self.endpointTemplate))), at: 5)
        }
        let doc = [
            "How to reach and sign for \(model.title).", "",
            "- Remark: Generated from \(model.specPath)/openapi.yaml.",
        ]
        return self.namespaceConstant(
            "service", value: .call(.identifier(RuntimeSymbols.serviceDescriptor), arguments), doc: doc)
    }

    private func clientStruct() -> Declaration {
        let model = self.model
        let credentials = RuntimeSymbols.credentialsPreset(for: model.signatureAlgorithms.first)
        let initializer = FunctionDeclaration(
            kind: .initializer,
            parameters: [
                .init(
                    name: "configuration", type: .named(RuntimeSymbols.clientConfiguration),
                    defaultValue: .call(.identifier(RuntimeSymbols.clientConfiguration), [])),
                .init(
                    name: "credentials", type: .existential(RuntimeSymbols.credentialsProvider),
                    defaultValue: .member(.identifier(RuntimeSymbols.environmentCredentialsProvider), credentials)),
                .init(
                    name: "transport", type: .existential(RuntimeSymbols.httpTransport),
                    defaultValue: .member(.identifier(RuntimeSymbols.curlTransport), "shared")),
            ],
            body: [
                .assignment(
                    .selfMember("client"),
                    .call(
                        .identifier(RuntimeSymbols.serviceClient),
                        [
                            .init("service", .member(.identifier(model.name), "service")),
                            .init("configuration", .identifier("configuration")),
                            .init("credentials", .identifier("credentials")),
                            .init("transport", .identifier("transport")),
                        ]))
            ])
        var members: [Declaration] = [
            .documented(
                ["The runtime client that signs and sends requests."],
                .variable(
                    VariableDeclaration(
                        isMutable: false, name: "client", type: .named(RuntimeSymbols.serviceClient)))),
            .documented(
                [
                    "Creates a client.", "", "- Parameters:",
                    "  - configuration: Region, endpoint override, signature algorithm, timeouts and logging.",
                    "  - credentials: Where the access key comes from; by default the environment.",
                    "  - transport: How requests are sent; by default libcurl.",
                ],
                .function(initializer)),
            .documented(
                [
                    "Refuses new calls and returns once the calls in flight have ended; every copy of the client "
                        + "is shut down with it. The transport is not stopped, as other clients may share it.",
                ],
                .function(
                    FunctionDeclaration(
                        kind: .function("shutdown"), parameters: [], isAsync: true, isThrowing: false,
                        returnType: nil,
                        body: [.expression(.await(.member(.identifier("self"), "client").call("shutdown", [])))]))),
        ]
        members += model.operations.map(self.clientMethod)
        let doc = Self.paragraphs([
            ["Client for \(model.title) (\(model.apiVersion))."],
            ["Each method sends one operation; its request and response types are in ``\(model.name)``."],
        ])
        return .documented(
            doc, .struct(StructDeclaration(name: "\(model.name)Client", conformances: ["Sendable"], members: members)))
    }

    private func clientMethod(_ operation: OperationModel) -> Declaration {
        let requestType = TypeName.named(self.qualified(operation.requestTypeName))
        let allOptional = operation.fields.allSatisfy { $0.type.isOptional }
        let send = Expression.try(
            .await(
                .member(.identifier("self"), "client").call(
                    "send",
                    [.init(nil, .identifier("request")), .init("options", .identifier("options"))])))
        let function = FunctionDeclaration(
            attributes: self.deprecationAttributes(operation), kind: .function(operation.methodName),
            parameters: [
                .init(
                    label: "_", name: "request", type: requestType,
                    defaultValue: allOptional ? .call(.identifier(self.qualified(operation.requestTypeName)), []) : nil),
                .init(
                    label: nil, name: "options", type: .named(RuntimeSymbols.callOptions),
                    defaultValue: .call(.identifier(RuntimeSymbols.callOptions), [])),
            ],
            isAsync: true, isThrowing: true, returnType: .named(self.qualified(operation.responseTypeName)),
            body: [.expression(send)])
        let doc = Self.paragraphs([
            Self.lines(operation.summary).isEmpty ? ["Calls \(operation.name)."] : Self.lines(operation.summary),
            Self.lines(operation.description),
            [
                "- Parameters:",
                "  - request: The operation's parameters.",
                "  - options: Retry policy and timeout for this call only; by default the client's.",
                "- Returns: The decoded response.",
                "- Throws: A ``\(RuntimeSymbols.cloudError)`` naming the operation: ``\(RuntimeSymbols.serviceError)`` "
                    + "when the service answers with an error, ``ResponseDecodingError`` when a successful answer "
                    + "cannot be read, ``\(RuntimeSymbols.transportError)`` when no answer arrives, "
                    + "``RequestEncodingError``, ``ClientError``, ``CredentialsError`` or ``SigningError`` when the "
                    + "request cannot be built or signed; `CancellationError` when the task is cancelled.",
                self.remark(operation.origin),
            ],
        ])
        return .documented(doc, .function(function))
    }

    /// `@available(*, deprecated, message: "<reason>")` for a deprecated operation's methods, so that a
    /// caller's build warns and says why; nothing otherwise. The generated methods that call it (its
    /// pages and items) carry it too, which keeps the generated module itself free of warnings.
    func deprecationAttributes(_ operation: OperationModel) -> [String] {
        guard let reason = operation.deprecation else { return [] }
        return ["@available(*, deprecated, message: \(SwiftRenderer.stringLiteral(reason)))"]
    }

    /// `{ try await self.<method>($0) }`: the client method as a one-argument closure (the method's
    /// own second parameter, its call options, keeps its default).
    func sendClosure(_ operation: OperationModel) -> Expression {
        .closure(
            .try(.await(.call(.member(.identifier("self"), operation.methodName), [.init(nil, .identifier("$0"))]))))
    }
}
