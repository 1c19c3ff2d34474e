/// The operation catalog in `<Name>+Client.swift`: every operation as data, in spec order, so generic
/// tools reach each one through its typed request and response without code written per operation.
extension Translator {
    /// `extension <Name> { public static let operations: [OperationCatalogEntry] = [...] }`.
    ///
    /// Each entry only names the operation's request and response types; the runtime's generic
    /// initializer builds the closures, so the generated code lists and never branches.
    func operationCatalog() -> Declaration {
        let entries = self.model.operations.map { operation in
            Expression.call(
                .identifier(RuntimeSymbols.operationCatalogEntry),
                [
                    .init("summary", operation.summary.map(Expression.string) ?? .nil),
                    .init("documentation", operation.description.map(Expression.string) ?? .nil),
                    .init("parameters", self.catalogParameters(operation)),
                    .init("request", .metatype(.named(self.qualified(operation.requestTypeName)))),
                    .init("response", .metatype(.named(self.qualified(operation.responseTypeName)))),
                ])
        }
        let doc = [
            "Every operation of \(self.model.title), in spec order, callable from JSON parameters keyed by wire names."
        ]
        return .extension(
            ExtensionDeclaration(
                extendedType: self.model.name,
                members: [
                    .documented(
                        doc,
                        .variable(
                            VariableDeclaration(
                                isStatic: true, isMutable: false, name: "operations",
                                type: .array(.named(RuntimeSymbols.operationCatalogEntry)), value: .array(entries))))
                ]))
    }
}
