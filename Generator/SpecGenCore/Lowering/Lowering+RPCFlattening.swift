extension Lowering {
    /// Decides how each RPC parameter is flattened (`Key`, `Key.N`, `Key.Member`, JSON text) and marks
    /// every structure written into flattened parameters, reporting what the wire format cannot carry.
    mutating func flattenRPCParameters(_ operations: inout [OperationModel]) {
        var pending: [String] = []
        for index in operations.indices {
            let owner = "RPC parameter"
            operations[index].fields = operations[index].fields.map { field in
                var field = field
                field.encoding = self.rpcEncoding(of: field, owner: owner, pending: &pending)
                return field
            }
        }
        var marked: Set<String> = []
        while let name = pending.popLast() {
            guard !marked.contains(name), var shape = self.shapes[name], case .structure(let fields) = shape.kind else {
                continue
            }
            marked.insert(name)
            shape.isRPCParameter = true
            shape.kind = .structure(
                fields.map { field in
                    var field = field
                    field.encoding = self.rpcEncoding(of: field, owner: "property of \(name)", pending: &pending)
                    return field
                })
            self.shapes[name] = shape
        }
    }

    private mutating func rpcEncoding(of field: FieldModel, owner: String, pending: inout [String]) -> FieldEncoding {
        switch field.encoding {
        case .jsonString, .jsonStringList: return field.encoding
        default: break
        }
        switch field.type.unwrapped {
        case .string, .timestamp, .integer32, .integer64, .integer, .double, .bool:
            return .value
        case .shape(let name):
            guard self.isStructure(name) else { return .value }
            pending.append(name)
            return .structure
        case .jsonValue:
            self.error(
                "\(owner) '\(field.wireName)' is free-form JSON; mark it 'x-json-string: true' or describe its properties",
                at: field.origin)
            return .value
        case .array(let element):
            // The `x-index-base` rule reports a flattened list that does not say where its indexes start.
            guard case .list = field.encoding else { return .value }
            switch element {
            case .string, .timestamp, .integer32, .integer64, .integer, .double, .bool:
                break
            case .shape(let name):
                if self.isStructure(name) { pending.append(name) }
            case .array, .jsonValue, .optional:
                self.error(
                    "\(owner) '\(field.wireName)' is a list of lists or of free-form JSON, which flattened "
                        + "parameters cannot carry; mark it 'x-json-string: true'",
                    at: field.origin)
            }
            return field.encoding
        case .optional:
            return .value
        }
    }

    private func isStructure(_ name: String) -> Bool {
        if case .structure? = self.shapes[name]?.kind { return true }
        return false
    }
}
