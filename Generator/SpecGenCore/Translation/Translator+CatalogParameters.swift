/// The parameter descriptions of each catalog entry: wire name, location, type in words, required flag,
/// documented values. Tools read them to print an operation's parameters and check its input.
extension Translator {
    /// `[OperationParameter(name: ..., location: .path, type: "string", isRequired: true), ...]`.
    ///
    /// A body field that repeats a path parameter's wire name is one input on the command line and in
    /// the catalog's JSON, so it is listed once, where the path parameter is.
    func catalogParameters(_ operation: OperationModel) -> Expression {
        var seen: Set<String> = []
        let fields = operation.fields.filter { seen.insert($0.wireName).inserted }
        return .array(fields.compactMap(self.catalogParameter))
    }

    private func catalogParameter(_ field: FieldModel) -> Expression? {
        guard let location = Self.catalogLocation(field.location) else { return nil }
        var arguments: [Expression.Argument] = [
            .init("name", .string(field.wireName)),
            .init("location", .dot(location)),
            .init("type", .string(self.typeWords(field))),
        ]
        if field.isRequired {
            arguments.append(.init("isRequired", .boolean(true)))
        }
        let allowed = self.allowedValues(field)
        if !allowed.isEmpty {
            arguments.append(.init("allowedValues", .array(allowed.map(Expression.string))))
        }
        if let defaultValue = field.defaultValue {
            arguments.append(.init("defaultValue", .string(defaultValue)))
        }
        if let summary = field.description.flatMap(Self.firstLine) {
            arguments.append(.init("summary", .string(summary)))
        }
        if field.isSensitive {
            arguments.append(.init("isSecret", .boolean(true)))
        }
        return .call(.identifier(RuntimeSymbols.operationParameter), arguments)
    }

    /// The runtime's `OperationParameter.Location` case; members never appear among request inputs.
    private static func catalogLocation(_ location: FieldLocation) -> String? {
        switch location {
        case .path: "path"
        case .query: "query"
        case .bodyField: "bodyField"
        case .body: "body"
        case .rpc: "rpc"
        case .member: nil
        }
    }

    /// The field's type in words, with how it is written when that is not plain JSON.
    func typeWords(_ field: FieldModel) -> String {
        let words = self.typeWords(field.type)
        switch field.encoding {
        case .jsonString: return "\(words), as JSON text"
        case .jsonStringList: return "\(words), each as JSON text"
        case .value, .list, .structure, .queryList: return words
        }
    }

    /// A type in words: `string`, `integer`, `boolean`, `number`, `JSON`, `object (Name)`, `list of T`.
    func typeWords(_ type: TypeReference) -> String {
        switch type.unwrapped {
        case .string: return "string"
        case .timestamp: return "date-time"
        case .integer, .integer32, .integer64: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .jsonValue: return "JSON"
        case .array(let element): return "list of \(self.typeWords(element))"
        case .optional(let wrapped): return self.typeWords(wrapped)
        case .shape(let name):
            switch self.model.shape(named: name)?.kind {
            case .stringEnum: return "string"
            case .alias(let aliased): return self.typeWords(aliased)
            case .structure, nil: return "object (\(name))"
            }
        }
    }

    /// The documented values: a string enum's cases (of the field or its list's elements), or an
    /// integer enum's allowed values.
    private func allowedValues(_ field: FieldModel) -> [String] {
        if !field.constraints.allowedValues.isEmpty { return field.constraints.allowedValues }
        var type = field.type.unwrapped
        while case .array(let element) = type { type = element.unwrapped }
        guard case .shape(let name) = type, case .stringEnum(let cases)? = self.model.shape(named: name)?.kind else {
            return []
        }
        return cases.map(\.value)
    }

    private static func firstLine(_ text: String) -> String? {
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) }
        return line?.isEmpty == false ? line : nil
    }
}
