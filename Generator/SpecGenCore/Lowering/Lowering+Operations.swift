import OpenAPIKit

extension Lowering {
    mutating func lowerOperation(
        _ operation: OpenAPI.Operation, method: OpenAPI.HttpMethod, path: String, pathItem: OpenAPI.PathItem,
        style: ServiceStyle, pointer: [String]
    ) -> OperationModel? {
        guard let name = operation.operationId, !name.isEmpty else {
            self.error("every operation needs an 'operationId', the vendor's API name", at: pointer)
            return nil
        }
        guard let methodName = SwiftName.memberName(name) else {
            self.error("operationId '\(name)' has no letters or digits to make a Swift name from", at: pointer)
            return nil
        }
        let requestName = SwiftName.unescaped(SwiftName.typeName(name)) + "Request"
        let invocation: OperationModel.Invocation
        switch style {
        case .roa:
            guard let httpMethod = HTTPMethodModel(rawValue: method.rawValue.uppercased()) else {
                self.error("HTTP method '\(method.rawValue)' is not supported", at: pointer)
                return nil
            }
            invocation = .roa(method: httpMethod, path: path)
        case .rpc:
            if method != .get {
                self.error(
                    "declare RPC actions under 'get' with 'in: query' parameters; 'x-sdk.rpc.methods' says how they are sent",
                    at: pointer)
            }
            invocation = .rpc(action: name)
        }

        var fields: [FieldModel] = []
        let parameters = pathItem.parameters.enumerated().map { (["parameters", String($0.offset)], $0.element) }
        let operationParameters = operation.parameters.enumerated().map {
            (pointer + ["parameters", String($0.offset)], $0.element)
        }
        for (parameterPointer, parameter) in (parameters.map { (["paths", path] + $0.0, $0.1) } + operationParameters) {
            if let field = self.lowerParameter(
                parameter, style: style, parent: requestName, pointer: parameterPointer)
            {
                fields.append(field)
            }
        }
        var bodyKind = OperationModel.BodyKind.none
        if let requestBody = operation.requestBody {
            let bodyPointer = pointer + ["requestBody"]
            if style == .rpc {
                self.error("RPC actions take no request body; declare the parameters 'in: query'", at: bodyPointer)
            } else if let body = self.lowerRequestBody(requestBody, parent: requestName, pointer: bodyPointer) {
                bodyKind = body.kind
                fields += body.fields
            }
        }
        self.checkCollisions(fields, in: "request \(name)")
        if case .roa(_, let path) = invocation {
            self.checkPathParameters(path: path, fields: fields, pointer: pointer)
        }
        let response = self.lowerResponse(operation, name: name, pointer: pointer)
        return OperationModel(
            name: name, methodName: methodName, summary: operation.summary, description: operation.description,
            invocation: invocation, fields: fields, bodyKind: bodyKind, response: response,
            origin: self.origin(pointer))
    }

    private mutating func lowerParameter(
        _ either: Either<OpenAPI.Reference<OpenAPI.Parameter>, OpenAPI.Parameter>, style: ServiceStyle,
        parent: String, pointer: [String]
    ) -> FieldModel? {
        guard let parameter = either.b else {
            self.error("parameter references are not supported; declare the parameter inline", at: pointer)
            return nil
        }
        let location: FieldLocation
        switch (style, parameter.location) {
        case (.roa, .path): location = .path
        case (.roa, .query): location = .query
        case (.rpc, .query): location = .rpc
        case (.rpc, _):
            self.error("RPC parameter '\(parameter.name)' must be 'in: query'", at: pointer + ["in"])
            return nil
        default:
            self.error(
                "'in: \(parameter.location.rawValue)' parameters are not supported ('\(parameter.name)')",
                at: pointer + ["in"])
            return nil
        }
        guard case .a(let schemaContext) = parameter.schemaOrContent else {
            self.error("parameter '\(parameter.name)' needs a 'schema' ('content' is not supported)", at: pointer)
            return nil
        }
        let schemaPointer = pointer + ["schema"]
        let schema: JSONSchema
        switch schemaContext.schema {
        case .a(let reference):
            schema = .reference(reference.jsonReference, .init())
        case .b(let inline):
            schema = inline
        }
        guard
            var field = self.lowerField(
                wireName: parameter.name, schema: schema, isRequired: parameter.required, location: location,
                description: parameter.description, extensions: parameter.vendorExtensions, parent: parent,
                pointer: pointer, schemaPointer: schemaPointer)
        else { return nil }
        if location == .query, case .array = field.type.unwrapped, !field.encoding.isJSONStringList {
            field.encoding = .queryList(
                field.encoding == .jsonString ? .json : schemaContext.explode ? .repeated : .commaSeparated)
        }
        return field
    }

    private mutating func lowerRequestBody(
        _ either: Either<OpenAPI.Reference<OpenAPI.Request>, OpenAPI.Request>, parent: String, pointer: [String]
    ) -> (kind: OperationModel.BodyKind, fields: [FieldModel])? {
        guard let request = either.b else {
            self.error("request body references are not supported; declare the body inline", at: pointer)
            return nil
        }
        guard
            let (contentType, content) = request.content.first(where: { $0.key.rawValue.hasPrefix("application/json") }
            ),
            let schema = content.b?.schema
        else {
            self.error("an ROA request body needs 'content: application/json' with a 'schema'", at: pointer)
            return nil
        }
        let schemaPointer = pointer + ["content", contentType.rawValue, "schema"]
        switch self.objectFields(schema, parent: parent, pointer: schemaPointer, location: .bodyField) {
        case .some(let fields?): return (.fields, fields)
        case .some(nil): return nil
        case .none: break
        }
        guard
            let field = self.lowerField(
                wireName: "body", schema: schema, isRequired: request.required, location: .body,
                description: request.description, extensions: [:], parent: parent, pointer: pointer,
                schemaPointer: schemaPointer, swiftNameOverride: "body")
        else { return nil }
        return (.value, [field])
    }

    /// Every `{name}` in the path template has a path field, and every path field a `{name}`.
    private mutating func checkPathParameters(path: String, fields: [FieldModel], pointer: [String]) {
        let variables = Self.templateVariables(path)
        for field in fields where field.location == .path {
            if !variables.contains(field.wireName) {
                self.error("path parameter '\(field.wireName)' does not appear in '\(path)'", at: field.origin)
            } else if !field.isRequired {
                self.error("path parameter '\(field.wireName)' must be 'required: true'", at: field.origin)
            }
        }
        let declared = Set(fields.filter { $0.location == .path }.map(\.wireName))
        for variable in variables where !declared.contains(variable) {
            self.error("path variable '{\(variable)}' has no 'in: path' parameter", at: pointer)
        }
    }

    static func templateVariables(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
