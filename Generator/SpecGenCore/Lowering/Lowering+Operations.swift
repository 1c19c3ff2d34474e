extension Lowering {
    mutating func lowerOperation(_ operation: SpecDocument.Operation, style: ServiceStyle) -> OperationModel? {
        let pointer = operation.pointer
        // The `operation-id` rule reports a missing or empty `operationId`.
        guard let name = operation.operationID, !name.isEmpty else { return nil }
        guard let methodName = SwiftName.memberName(name) else {
            self.error("operationId '\(name)' has no letters or digits to make a Swift name from", at: pointer)
            return nil
        }
        let requestName = SwiftName.unescaped(SwiftName.typeName(name)) + "Request"
        let invocation: OperationModel.Invocation
        switch style {
        case .roa:
            guard let httpMethod = HTTPMethodModel(rawValue: operation.method.uppercased()) else {
                self.error("HTTP method '\(operation.method)' is not supported", at: pointer)
                return nil
            }
            invocation = .roa(method: httpMethod, path: operation.path)
        case .rpc:
            // The RPC operation rule requires `get:` and no request body; `x-sdk.rpc.methods` says how it is
            // sent, narrowed per action by `x-rpc-methods` (whose values the rule checks).
            let methods = (operation.rpcMethods ?? []).compactMap { HTTPMethodModel(rawValue: $0.uppercased()) }
            invocation = .rpc(action: name, methods: methods)
        }

        var fields: [FieldModel] = []
        for parameter in operation.parameters {
            if let field = self.lowerParameter(parameter, style: style, parent: requestName) {
                fields.append(field)
            }
        }
        var bodyKind = OperationModel.BodyKind.none
        if let requestBody = operation.requestBody, style == .roa {
            if let body = self.lowerRequestBody(requestBody, parent: requestName) {
                bodyKind = body.kind
                fields += body.fields
            }
        }
        self.checkCollisions(fields, in: "request \(name)")
        let response = self.lowerResponse(operation, name: name)
        var model = OperationModel(
            name: name, methodName: methodName, summary: operation.summary, description: operation.description,
            invocation: invocation, fields: fields, bodyKind: bodyKind, response: response,
            origin: self.origin(pointer))
        model.deprecation = operation.deprecation
        return model
    }

    private mutating func lowerParameter(
        _ parameter: SpecDocument.Parameter, style: ServiceStyle, parent: String
    ) -> FieldModel? {
        let pointer = parameter.pointer
        let location: FieldLocation
        switch (style, parameter.location) {
        case (.roa, "path"): location = .path
        case (.roa, "query"): location = .query
        case (.rpc, "query"): location = .rpc
        case (.rpc, _):
            return nil  // The RPC operation rule reports it.
        default:
            self.error(
                "'in: \(parameter.location)' parameters are not supported ('\(parameter.name)')", at: pointer + ["in"])
            return nil
        }
        guard let schema = parameter.schema else {
            self.error("parameter '\(parameter.name)' needs a 'schema' ('content' is not supported)", at: pointer)
            return nil
        }
        guard
            var field = self.lowerField(
                wireName: parameter.name, schema: schema, isRequired: parameter.isRequired, location: location,
                description: parameter.description, extensions: parameter.extensions, parent: parent,
                pointer: pointer)
        else { return nil }
        if location == .query, case .array = field.type.unwrapped, !field.encoding.isJSONStringList {
            field.encoding = .queryList(
                field.encoding == .jsonString ? .json : parameter.explode ? .repeated : .commaSeparated)
        }
        return field
    }

    private mutating func lowerRequestBody(
        _ request: SpecDocument.RequestBody, parent: String
    ) -> (kind: OperationModel.BodyKind, fields: [FieldModel])? {
        guard let schema = request.content.first(where: \.isJSON)?.schema else {
            self.error("an ROA request body needs 'content: application/json' with a 'schema'", at: request.pointer)
            return nil
        }
        switch self.objectFields(schema, parent: parent, location: .bodyField) {
        case .fields(let fields): return (.fields, fields)
        case .failed: return nil
        case .notAnObject: break
        }
        guard
            let field = self.lowerField(
                wireName: "body", schema: schema, isRequired: request.isRequired, location: .body,
                description: request.description, extensions: FieldExtensions(), parent: parent,
                pointer: request.pointer, swiftNameOverride: "body")
        else { return nil }
        return (.value, [field])
    }
}
