/// The paging methods in `<Name>+Client.swift`: for each operation with `x-pagination`, a method
/// returning the runtime's `Paginator` over its pages and one returning the items of every page.
///
/// The generated code only names key paths; when to stop is the runtime's decision.
extension Translator {
    /// `extension <Name>Client { func <op>Pages(...); func <op>Items(...) }`, or nothing.
    func paginationDeclarations() -> [Declaration] {
        let members = self.model.operations.flatMap { operation -> [Declaration] in
            guard let pagination = operation.pagination else { return [] }
            return [self.pagesMethod(operation, pagination)]
                + [self.itemsMethod(operation, pagination)].compactMap { $0 }
        }
        guard !members.isEmpty else { return [] }
        return [.extension(ExtensionDeclaration(extendedType: "\(self.model.name)Client", members: members))]
    }

    /// A key path literal, `\Root.path?.to.value`; the path is made of generated Swift names.
    static func keyPath(_ root: String, _ path: String) -> Expression {
        .identifier("\\\(root).\(path)")
    }

    /// `Paginator<Request, Response>`.
    private func paginatorType(_ operation: OperationModel) -> String {
        "\(RuntimeSymbols.paginator)<\(self.qualified(operation.requestTypeName)), \(self.qualified(operation.responseTypeName))>"
    }

    /// The request parameter, defaulted to an empty request when every field is optional.
    private func requestParameter(_ operation: OperationModel) -> FunctionDeclaration.Parameter {
        let requestType = self.qualified(operation.requestTypeName)
        let allOptional = operation.fields.allSatisfy { $0.type.isOptional }
        return .init(
            label: "_", name: "request", type: .named(requestType),
            defaultValue: allOptional ? .call(.identifier(requestType), []) : nil)
    }

    private func pagesMethod(_ operation: OperationModel, _ pagination: PaginationModel) -> Declaration {
        let request = self.qualified(operation.requestTypeName)
        let response = self.qualified(operation.responseTypeName)
        var arguments: [Expression.Argument] = [
            .init("operation", .string(operation.name)),
            .init(
                pagination.style == .pageNumber ? "page" : "marker", Self.keyPath(request, pagination.cursor.swiftName)),
        ]
        if let next = pagination.next { arguments.append(.init("next", Self.keyPath(response, next.swiftPath))) }
        arguments.append(.init("items", Self.keyPath(response, pagination.items.swiftPath)))
        if let total = pagination.total { arguments.append(.init("total", Self.keyPath(response, total.swiftPath))) }
        let style = pagination.style == .pageNumber ? "pageNumber" : "marker"
        let description = Expression.call(
            .member(.identifier("\(RuntimeSymbols.pagination)<\(request), \(response)>"), style), arguments)
        let body = Expression.call(
            .identifier(RuntimeSymbols.paginator),
            [
                .init("request", .identifier("request")), .init("pagination", description),
                .init("fetch", self.sendClosure(operation)),
            ])
        let function = FunctionDeclaration(
            attributes: self.deprecationAttributes(operation), kind: .function(operation.methodName + "Pages"),
            parameters: [self.requestParameter(operation)],
            returnType: .named(self.paginatorType(operation)), body: [.expression(body)])
        return .documented(self.pagesDoc(operation, pagination, subject: "pages"), .function(function))
    }

    /// The items method; lowering guarantees that `items` is a list, so nil never happens in practice.
    private func itemsMethod(_ operation: OperationModel, _ pagination: PaginationModel) -> Declaration? {
        guard case .array(let element) = pagination.items.type else { return nil }
        let response = self.qualified(operation.responseTypeName)
        let itemType = SwiftRenderer().type(self.swiftType(element))
        let body = Expression.call(
            .member(.identifier("self"), operation.methodName + "Pages"),
            [
                .init(nil, .identifier("request"))
            ]
        ).call("items", [.init(nil, Self.keyPath(response, pagination.items.swiftPath))])
        let returnType =
            "\(RuntimeSymbols.paginatedItems)<\(self.qualified(operation.requestTypeName)), \(response), \(itemType)>"
        let function = FunctionDeclaration(
            attributes: self.deprecationAttributes(operation), kind: .function(operation.methodName + "Items"),
            parameters: [self.requestParameter(operation)],
            returnType: .named(returnType), body: [.expression(body)])
        return .documented(self.pagesDoc(operation, pagination, subject: "items"), .function(function))
    }

    private func pagesDoc(_ operation: OperationModel, _ pagination: PaginationModel, subject: String) -> [String] {
        let cursor = "`\(SwiftName.unescaped(pagination.cursor.swiftName))`"
        let size =
            pagination.size.map { " and `\(SwiftName.unescaped($0.swiftName))` how many items a page holds" } ?? ""
        let how =
            switch pagination.style {
            case .pageNumber:
                "Pages by `\(pagination.cursor.wireName)`: \(cursor) says where to start (page 1 when nil)\(size)."
            case .marker:
                "Pages by `\(pagination.cursor.wireName)`: each response's `\(pagination.next?.wirePath ?? "")` is "
                    + "sent as the next request's \(cursor)\(size)."
            }
        let first =
            subject == "pages"
            ? "The pages of \(operation.name), one response per request, fetched as the sequence is iterated."
            : "The `\(pagination.items.wirePath)` of every page of \(operation.name), fetched page by page as they are consumed."
        return Self.paragraphs([
            [first],
            [
                how + " The listing ends after an empty page"
                    + (pagination.total.map { " or once `\($0.wirePath)` items were listed" } ?? "") + "."
            ],
            [
                "- Parameter request: The first page's request.",
                "- Returns: An `AsyncSequence`; iterating it throws what \(operation.methodName)(_:) throws, or "
                    + "``\(RuntimeSymbols.paginationError)`` when the service repeats a marker.",
                self.remark(pagination.origin),
            ],
        ])
    }
}
