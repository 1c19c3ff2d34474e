extension Lowering {
    /// Follows a dotted path of wire names through an operation's response fields and the shapes
    /// they refer to, building the Swift property path with optional chaining.
    ///
    /// - Parameters:
    ///   - path: The dotted wire path, e.g. `page_info.total_count` or `ClusterSet.Status`.
    ///   - operation: The operation whose response the path starts from.
    ///   - allowsList: Whether the path may go through one list; the part after it is then a path
    ///     from the list's element.
    /// - Returns: The list crossed (if any) and the field at the end, or nil when the path does not resolve.
    func responsePath(
        _ path: String, in operation: OperationModel, allowsList: Bool
    ) -> (list: ResponseFieldPath?, field: ResponseFieldPath)? {
        var fields: [FieldModel]
        // A response holding a spec structure reaches its members through `body`.
        var swift: [String] = []
        switch operation.response.kind {
        case .fields(let own):
            fields = own
        case .body(.shape(let name)):
            guard case .structure(let shapeFields)? = self.shapes[name]?.kind else { return nil }
            fields = shapeFields
            swift = ["body"]
        case .body, .empty:
            return nil
        }
        let components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var wire: [String] = []
        var list: ResponseFieldPath?
        for (index, component) in components.enumerated() {
            guard let field = fields.first(where: { $0.wireName == component }) else { return nil }
            wire.append(component)
            guard index < components.count - 1 else {
                swift.append(field.swiftName)
                let wirePath =
                    list == nil
                    ? path : wire.dropFirst(list?.wirePath.split(separator: ".").count ?? 0).joined(separator: ".")
                return (
                    list,
                    ResponseFieldPath(
                        wirePath: wirePath, swiftPath: swift.joined(separator: "."), type: field.type.unwrapped)
                )
            }
            var type = field.type.unwrapped
            if case .array(let element) = type {
                guard allowsList, list == nil else { return nil }
                swift.append(field.swiftName)
                list = ResponseFieldPath(
                    wirePath: wire.joined(separator: "."), swiftPath: swift.joined(separator: "."), type: type)
                swift = []
                type = element.unwrapped
            } else {
                swift.append(field.swiftName + (field.type.isOptional ? "?" : ""))
            }
            guard case .shape(let name) = type, case .structure(let next)? = self.shapes[name]?.kind else { return nil }
            fields = next
        }
        return nil
    }

    /// The request field with this wire name.
    func requestField(_ wireName: String, in operation: OperationModel) -> FieldModel? {
        operation.fields.first { $0.wireName == wireName }
    }
}
