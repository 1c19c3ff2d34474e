import OpenAPIKit

extension VendorExtension {
    /// How a listing pages, on the operation.
    static let pagination = "x-pagination"
}

extension Lowering {
    /// Attaches each operation's `x-pagination` to its model.
    ///
    /// The `x-pagination` lint rule has checked the extension's shape and names against the spec;
    /// what is left to report here is a name that does not survive lowering.
    mutating func lowerPagination(_ operations: inout [OperationModel]) {
        for (operation, pointer) in self.operationSites() {
            guard let declaration = operation.vendorExtensions[VendorExtension.pagination]?.value as? [String: Any],
                let index = operations.firstIndex(where: { $0.name == operation.operationId })
            else { continue }
            let extensionPointer = pointer + [VendorExtension.pagination]
            operations[index].pagination = self.lowerPagination(
                declaration, operation: operations[index], pointer: extensionPointer)
            let methodNames = Set(operations.map(\.methodName))
            for suffix in ["Pages", "Items"] where methodNames.contains(operations[index].methodName + suffix) {
                self.error(
                    "the paging method '\(operations[index].methodName + suffix)' of '\(operations[index].name)' "
                        + "has the name of another operation's method",
                    at: extensionPointer)
            }
        }
    }

    private mutating func lowerPagination(
        _ declaration: [String: Any], operation: OperationModel, pointer: [String]
    ) -> PaginationModel? {
        guard let style = (declaration["style"] as? String).flatMap(PaginationModel.Style.init(rawValue:)) else {
            self.error("'x-pagination' needs 'style: page-number' or 'style: marker'", at: pointer)
            return nil
        }
        let cursorKey = style == .pageNumber ? "page" : "marker"
        guard let cursorName = declaration[cursorKey] as? String,
            let cursor = self.requestField(cursorName, in: operation)
        else {
            self.error("'x-pagination.\(cursorKey)' names no request field of '\(operation.name)'", at: pointer)
            return nil
        }
        guard cursor.type.isOptional, [.string, .integer, .integer32, .integer64].contains(cursor.type.unwrapped) else {
            self.error("paging parameter '\(cursorName)' must be an optional integer or string", at: cursor.origin)
            return nil
        }
        var size: FieldModel?
        if let sizeName = declaration["size"] as? String {
            size = self.requestField(sizeName, in: operation)
            if size == nil {
                self.error("'x-pagination.size' names no request field of '\(operation.name)'", at: pointer)
            }
        }
        guard let items = self.paginationField(declaration, key: "items", operation: operation, pointer: pointer) else {
            return nil
        }
        guard case .array = items.type else {
            self.error("'x-pagination.items' must name a list in the response of '\(operation.name)'", at: pointer)
            return nil
        }
        var next: ResponseFieldPath?
        if style == .marker {
            next = self.paginationField(declaration, key: "next", operation: operation, pointer: pointer)
            guard let next else { return nil }
            guard next.type == cursor.type.unwrapped else {
                self.error("'x-pagination.next' must name a response field of the marker's type", at: pointer)
                return nil
            }
        }
        var total: ResponseFieldPath?
        if declaration["total"] != nil {
            total = self.paginationField(declaration, key: "total", operation: operation, pointer: pointer)
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
        _ declaration: [String: Any], key: String, operation: OperationModel, pointer: [String]
    ) -> ResponseFieldPath? {
        guard let path = declaration[key] as? String,
            let resolved = self.responsePath(path, in: operation, allowsList: false)
        else {
            self.error(
                "'x-pagination.\(key)' names no field of the response of '\(operation.name)'", at: pointer + [key])
            return nil
        }
        return resolved.field
    }
}
