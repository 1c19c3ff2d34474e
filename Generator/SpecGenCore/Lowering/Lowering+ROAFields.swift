extension Lowering {
    /// Path and query values travel as text: they must be scalars, enums, or (query only) lists of them.
    /// Body fields are JSON and may be anything. Encodings other than query lists are cleared.
    mutating func checkROAFields(_ operations: inout [OperationModel]) {
        for index in operations.indices {
            operations[index].fields = operations[index].fields.map { field in
                var field = field
                if case .jsonStringList = field.encoding {
                    self.error(
                        "'x-json-string' on list items applies to RPC parameters only ('\(field.wireName)')",
                        at: field.origin)
                    field.encoding = .value
                }
                switch field.location {
                case .path:
                    if !self.isTextValue(field.type.unwrapped) || field.encoding == .jsonString {
                        self.error(
                            "path parameter '\(field.wireName)' must be a string, number, boolean or string enum",
                            at: field.origin)
                    }
                    field.encoding = .value
                case .query:
                    if case .array(let element) = field.type.unwrapped {
                        if !self.isTextValue(element), field.encoding == .queryList(.json) {
                            // A list of structures travels as one JSON text of the whole list.
                            field.encoding = .jsonString
                        } else if !self.isTextValue(element) {
                            self.error(
                                "query parameter '\(field.wireName)' must be a list of strings, numbers, booleans or "
                                    + "string enums, or a list marked 'x-json-string: true'",
                                at: field.origin)
                        }
                    } else {
                        if !self.isTextValue(field.type.unwrapped) || field.encoding == .jsonString {
                            self.error(
                                "query parameter '\(field.wireName)' must be a string, number, boolean, string enum "
                                    + "or a list of them ('x-json-string' applies to lists only)",
                                at: field.origin)
                        }
                        field.encoding = .value
                    }
                default:
                    if field.encoding == .jsonString {
                        self.error(
                            "'x-json-string' on ROA body field '\(field.wireName)' is not supported; the body is JSON already",
                            at: field.origin)
                    }
                    field.encoding = .value
                }
                return field
            }
        }
    }

    private func isTextValue(_ type: TypeReference) -> Bool {
        switch type {
        case .string, .timestamp, .integer32, .integer64, .integer, .double, .bool: return true
        case .shape(let name):
            if case .stringEnum? = self.shapes[name]?.kind { return true }
            return false
        default: return false
        }
    }
}
