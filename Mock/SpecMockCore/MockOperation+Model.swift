import SpecGenCore

extension MockOperation {
    /// Every operation of a lowered service, in spec order, as the generated clients call them.
    ///
    /// How a request reaches an operation and what it must carry come from the model the generator
    /// builds: the style, API version and error shape of the service, each operation's ROA method and
    /// path or RPC action (its `operationId`) with the methods `x-rpc-methods` allows, and the fields
    /// marked required with where they travel. The spec supplies only what the model does not hold:
    /// the success status and the documented response examples.
    /// - Parameters:
    ///   - service: The service lowered with `Lowering.lower`.
    ///   - spec: The spec it was lowered from.
    /// - Returns: The operations.
    /// - Throws: ``SpecMockError`` when an example cannot be encoded as JSON.
    public static func operations(
        of service: ServiceModel, documentedIn spec: SpecDocument
    ) throws(SpecMockError) -> [MockOperation] {
        var documented: [String: SpecDocument.Operation] = [:]
        for operation in spec.operations {
            guard let id = operation.operationID, documented[id] == nil else { continue }
            documented[id] = operation
        }
        var operations: [MockOperation] = []
        for operation in service.operations {
            operations.append(try Self.make(operation, of: service, documented: documented[operation.name]))
        }
        return operations
    }

    private static func make(
        _ operation: OperationModel, of service: ServiceModel, documented: SpecDocument.Operation?
    ) throws(SpecMockError) -> MockOperation {
        let style: Style
        let method: String
        let pathTemplate: String
        var action: String?
        var rpcMethods: [String] = []
        switch operation.invocation {
        case .roa(let httpMethod, let path):
            (style, method, pathTemplate) = (.roa, httpMethod.rawValue, path)
        case .rpc(let name, let methods):
            rpcMethods = (methods.isEmpty ? service.rpcMethods : methods).map(\.rawValue)
            (style, method, pathTemplate, action) = (.rpc, rpcMethods.first ?? "POST", "/", name)
        }
        // The success response the generator decodes: the first 2xx in spec order.
        let success = documented?.successResponse
        let examples = try Self.examples(in: success?.content.first(where: \.isJSON), of: operation.name)
        return MockOperation(
            service: service.name, apiVersion: service.apiVersion, style: style,
            errorShape: service.signatureAlgorithms.first == .aws4HMACSHA256 ? .kingsoft : .alibaba,
            operationID: operation.name, action: action, method: method, rpcMethods: rpcMethods,
            pathTemplate: pathTemplate, requiredParameters: operation.fields.compactMap(Self.required),
            successStatus: success.flatMap { Int($0.status) } ?? 200, examples: examples,
            hasResponseBody: operation.response.kind != .empty)
    }

    /// The parameter a required field makes; nil for an optional field or a whole non-object body,
    /// which the validator checks.
    private static func required(_ field: FieldModel) -> RequiredParameter? {
        guard field.isRequired else { return nil }
        switch field.location {
        case .path: return RequiredParameter(name: field.wireName, location: .path)
        case .query, .rpc: return RequiredParameter(name: field.wireName, location: .query)
        case .bodyField: return RequiredParameter(name: field.wireName, location: .body)
        case .body, .member: return nil
        }
    }

    /// The documented examples of a success response's JSON body, in document order.
    private static func examples(
        in content: SpecDocument.MediaType?, of operationID: String
    ) throws(SpecMockError) -> [Example] {
        guard let content else { return [] }
        var examples: [Example] = []
        if let example = content.example {
            examples.append(
                Example(name: "example", json: try ExampleJSON.text(example.foundationValue, in: operationID)))
        }
        for (name, value) in content.examples {
            examples.append(Example(name: name, json: try ExampleJSON.text(value.foundationValue, in: operationID)))
        }
        return examples
    }
}
