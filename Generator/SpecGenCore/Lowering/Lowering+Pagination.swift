extension Lowering {
    /// Attaches each operation's `x-pagination` to its model.
    ///
    /// The `x-pagination` lint rule has checked the extension's shape and names against the spec;
    /// what is left to report here is a name that does not survive lowering.
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

    private mutating func lowerPagination(
        _ declaration: PaginationExtension, operation: OperationModel
    ) -> PaginationModel? {
        let pointer = declaration.pointer
        guard let style = declaration.style else {
            self.error("'x-pagination' needs 'style: page-number' or 'style: marker'", at: pointer)
            return nil
        }
        let cursorKey = style == .pageNumber ? "page" : "marker"
        guard let cursorName = declaration.names[cursorKey], let cursor = self.requestField(cursorName, in: operation)
        else {
            self.error("'x-pagination.\(cursorKey)' names no request field of '\(operation.name)'", at: pointer)
            return nil
        }
        guard cursor.type.isOptional, [.string, .integer, .integer32, .integer64].contains(cursor.type.unwrapped) else {
            self.error("paging parameter '\(cursorName)' must be an optional integer or string", at: cursor.origin)
            return nil
        }
        var size: FieldModel?
        if let sizeName = declaration.names["size"] {
            size = self.requestField(sizeName, in: operation)
            if size == nil {
                self.error("'x-pagination.size' names no request field of '\(operation.name)'", at: pointer)
            }
        }
        guard let items = self.paginationField(declaration, key: "items", operation: operation) else {
            return nil
        }
        guard case .array = items.type else {
            self.error("'x-pagination.items' must name a list in the response of '\(operation.name)'", at: pointer)
            return nil
        }
        var next: ResponseFieldPath?
        if style == .marker {
            next = self.paginationField(declaration, key: "next", operation: operation)
            guard let next else { return nil }
            guard next.type == cursor.type.unwrapped else {
                self.error("'x-pagination.next' must name a response field of the marker's type", at: pointer)
                return nil
            }
        }
        var total: ResponseFieldPath?
        if declaration.names["total"] != nil {
            total = self.paginationField(declaration, key: "total", operation: operation)
            guard let type = total?.type else { return nil }
            guard [.integer, .integer32, .integer64].contains(type) else {
                self.error("'x-pagination.total' must name an integer response field", at: pointer)
                return nil
            }
        }
        return PaginationModel(
            style: style, cursor: cursor, size: size, items: items, next: next, total: total,
            origin: self.origin(pointer))
    }

    private mutating func paginationField(
        _ declaration: PaginationExtension, key: String, operation: OperationModel
    ) -> ResponseFieldPath? {
        guard let path = declaration.names[key],
            let resolved = self.responsePath(path, in: operation, allowsList: false)
        else {
            self.error(
                "'x-pagination.\(key)' names no field of the response of '\(operation.name)'",
                at: declaration.pointer + [key])
            return nil
        }
        return resolved.field
    }
}
