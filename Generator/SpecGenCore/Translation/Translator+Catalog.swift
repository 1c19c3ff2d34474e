/// The catalogs in `<Name>+Client.swift`: every operation as data, in spec order, so generic tools reach
/// each one through its typed request and response without code written per operation; and the
/// service's one catalog value that gathers operations, waiters, descriptor, title and credentials.
extension Translator {
    /// `extension <Name> { public static let operations: [OperationCatalogEntry] = [...] }`.
    ///
    /// Each entry only names the operation's request and response types; the runtime's generic
    /// initializer builds the closures, so the generated code lists and never branches. Each entry is a
    /// constant of its own (`<method>Operation`) that the list names: one literal of every entry made the
    /// compiler type-check one expression of thousands of lines (seconds and gigabytes for ACK).
    func operationCatalog() -> Declaration {
        var members: [Declaration] = self.model.operations.map { operation in
            var arguments: [Expression.Argument] = [
                .init("summary", operation.summary.map(Expression.string) ?? .nil),
                .init("documentation", operation.description.map(Expression.string) ?? .nil),
            ]
            if let reason = operation.deprecation { arguments.append(.init("deprecation", .string(reason))) }
            arguments += [
                .init("parameters", self.catalogParameters(operation)),
                .init("request", .metatype(.named(self.qualified(operation.requestTypeName)))),
                .init("response", .metatype(.named(self.qualified(operation.responseTypeName)))),
            ]
            return .variable(
                VariableDeclaration(
                    access: .private, isStatic: true, isMutable: false, name: Self.catalogEntryName(operation),
                    type: .named(RuntimeSymbols.operationCatalogEntry),
                    value: .call(.identifier(RuntimeSymbols.operationCatalogEntry), arguments)))
        }
        let list = VariableDeclaration(
            isStatic: true, isMutable: false, name: "operations",
            type: .array(.named(RuntimeSymbols.operationCatalogEntry)),
            value: .array(self.model.operations.map { .identifier(Self.catalogEntryName($0)) }))
        let doc = [
            "Every operation of \(self.model.title), in spec order, callable from JSON parameters keyed by wire names."
        ]
        members.insert(.documented(doc, .variable(list)), at: 0)
        return .extension(ExtensionDeclaration(extendedType: self.model.name, members: members))
    }

    /// The private constant holding an operation's catalog entry, e.g. `describeClusterDetailOperation`.
    static func catalogEntryName(_ operation: OperationModel) -> String {
        SwiftName.unescaped(operation.methodName) + "Operation"
    }

    /// `extension <Name> { public static let catalog = ServiceCatalog(...) }`: the one value tools list
    /// the service by. Its default credentials are the environment preset of the vendor whose
    /// algorithms sign the service, as the client's default credentials are.
    func serviceCatalog() -> Declaration {
        let model = self.model
        let preset = RuntimeSymbols.credentialsPreset(for: model.signatureAlgorithms.first)
        let credentials = Expression.closure(
            .call(
                .member(.identifier(RuntimeSymbols.environmentCredentialsProvider), preset),
                [.init("environment", .identifier("$0"))]))
        let catalog = Expression.call(
            .identifier(RuntimeSymbols.serviceCatalog),
            [
                .init("title", .string(model.title)),
                .init("descriptor", .member(.identifier(model.name), "service")),
                .init("operations", .member(.identifier(model.name), "operations")),
                .init("waiters", .member(.identifier(model.name), "waiters")),
                .init("defaultCredentials", credentials),
            ])
        let doc = [
            "\(model.title) as one value, for tools that list services: its descriptor, operations, waiters",
            "and default credentials.", "",
            "- Remark: Generated from \(model.specPath)/openapi.yaml.",
        ]
        return self.namespaceConstant("catalog", value: catalog, doc: doc)
    }
}
