extension Lowering {
    /// Attaches each operation's `x-pagination` to its model.
    ///
    /// The `x-pagination` rule has checked the extension's shape, names and types against the spec, so
    /// a declaration that does not resolve here was reported there; what is left to report is a paging
    /// method that takes another operation's name.
    mutating func lowerPagination(_ operations: inout [OperationModel]) {
        for operation in self.document.operations {
            guard let declaration = operation.pagination, let name = operation.operationID,
                !self.failedOperations.contains(name), let index = operations.firstIndex(where: { $0.name == name })
            else { continue }
            operations[index].pagination = self.lowerPagination(declaration, operation: operations[index])
            let methodNames = Set(operations.map(\.methodName))
            for suffix in ["Pages", "Items"] where methodNames.contains(operations[index].methodName + suffix) {
                self.error(
                    "the paging method '\(operations[index].methodName + suffix)' of '\(operations[index].name)' "
                        + "has the name of another operation's method",
                    at: declaration.pointer)
            }
        }
    }

    private func lowerPagination(
        _ declaration: PaginationExtension, operation: OperationModel
    ) -> PaginationModel? {
        let pointer = declaration.pointer
        // Reading reports a missing or unknown style (the declaration is then left out), the rule a page or
        // marker that names no optional integer or string parameter.
        let style = declaration.style
        guard let cursorName = declaration.names[style == .pageNumber ? "page" : "marker"],
            let cursor = self.requestField(cursorName, in: operation), cursor.type.isOptional,
            [.string, .integer, .integer32, .integer64].contains(cursor.type.unwrapped)
        else { return nil }
        let size = declaration.names["size"].flatMap { self.requestField($0, in: operation) }
        // The rule reports `items` that is not a list, and `total` that is not an integer.
        guard let items = self.paginationField(declaration, key: "items", operation: operation),
            case .array = items.type
        else { return nil }
        var next: ResponseFieldPath?
        if style == .marker {
            next = self.paginationField(declaration, key: "next", operation: operation)
            // The rule requires the marker's type, format included.
            guard let next, next.type == cursor.type.unwrapped else { return nil }
        }
        var total: ResponseFieldPath?
        if declaration.names["total"] != nil {
            total = self.paginationField(declaration, key: "total", operation: operation)
            guard let type = total?.type, [.integer, .integer32, .integer64].contains(type) else { return nil }
        }
        return PaginationModel(
            style: style, cursor: cursor, size: size, items: items, next: next, total: total,
            origin: self.origin(pointer))
    }

    /// The response field a key names; nil when it names none (the rule reports it).
    private func paginationField(
        _ declaration: PaginationExtension, key: String, operation: OperationModel
    ) -> ResponseFieldPath? {
        declaration.names[key].flatMap { self.responsePath($0, in: operation, allowsList: false)?.field }
    }
}
