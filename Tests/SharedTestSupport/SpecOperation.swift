import CloudRuntime
import Foundation
import OpenAPIKit
import SpecGenCore

/// What the spec documents about one operation: how it is sent, its inputs with their examples,
/// and its success response examples. Read straight from the OpenAPI document, independently of
/// the generator's model.
package struct SpecOperation {
    /// One documented input: a path or query parameter, or the request body.
    package struct Input {
        /// Where it goes.
        package enum Location { case path, query, body }

        /// The wire name (`body` for the request body).
        package let name: String
        package let location: Location
        package let isRequired: Bool
        /// The schema, with references left in place (their vendor extensions matter).
        package let schema: JSONSchema?
        /// Whether the parameter is marked `x-json-string`.
        package let isJSONString: Bool
        /// Whether a query list is exploded (`ids=a&ids=b`) rather than comma-separated.
        package let explode: Bool
        /// The single `example`, if any (OpenAPIKit fills it from the first named example; that one is dropped).
        package let example: JSONValue?
        /// The named `examples`, in document order.
        package let namedExamples: [(name: String, value: JSONValue)]

        /// The value for one example set: its named example, else the single example.
        package func value(for name: String) -> JSONValue? {
            self.namedExamples.first { $0.name == name }?.value ?? self.example
        }
    }

    package let id: String
    /// `GET`, `POST`, ...
    package let method: String
    /// `x-rpc-methods`: the HTTP methods an RPC action may be sent with; empty when the service's all may.
    package let rpcMethods: [String]
    /// The path template (ROA) or the path key with its `?Action=` (RPC).
    package let path: String
    package let inputs: [Input]
    /// Whether the request body's schema is an object, whose properties are parameters of their own.
    package let bodyIsObject: Bool
    /// The examples of every 2xx response: `example` and each named one (prefixed with the status
    /// when there are several success statuses).
    package let responseExamples: [(name: String, json: Data)]
    /// Whether a success response declares a body at all.
    package let hasResponseBody: Bool

    /// Every operation of a spec by operation ID, with the IDs in document order.
    package static func all(in spec: OracleSpec) throws -> (order: [String], byID: [String: SpecOperation]) {
        let document = spec.document
        var order: [String] = []
        var byID: [String: SpecOperation] = [:]
        for (path, item) in document.paths {
            guard let pathItem = item.b else { continue }
            for endpoint in pathItem.endpoints {
                let operation = try SpecOperation(
                    endpoint: endpoint, path: path.rawValue, shared: pathItem.parameters, document: document)
                order.append(operation.id)
                byID[operation.id] = operation
            }
        }
        return (order, byID)
    }

    private init(
        endpoint: OpenAPI.PathItem.Endpoint, path: String, shared: OpenAPI.Parameter.Array, document: OpenAPI.Document
    ) throws {
        let operation = endpoint.operation
        self.id = operation.operationId ?? "\(endpoint.method.rawValue) \(path)"
        self.method = endpoint.method.rawValue.uppercased()
        self.rpcMethods = operation.vendorExtensions["x-rpc-methods"]?.value as? [String] ?? []
        self.path = path
        var inputs: [Input] = []
        for parameter in (shared + operation.parameters).compactMap({ document.components[$0] }) {
            let location: Input.Location
            switch parameter.location {
            case .path: location = .path
            case .query: location = .query
            default: continue
            }
            let context = parameter.schemaOrContent.a
            let schema = context.flatMap { document.components[$0.schema] }
            inputs.append(
                Input(
                    name: parameter.name, location: location, isRequired: parameter.required, schema: schema,
                    isJSONString: parameter.vendorExtensions["x-json-string"]?.value as? Bool == true,
                    explode: context?.explode ?? true,
                    example: context?.examples == nil ? try context?.example.map(Self.json) : nil,
                    namedExamples: try Self.named(context?.examples, document)))
        }
        var bodyIsObject = false
        if let body = operation.requestBody.flatMap({ document.components[$0] }),
            let content = body.content.first(where: { $0.key.typeAndSubtype == "application/json" })?.value,
            let media = document.components[content]
        {
            let resolved = media.schema.flatMap(Self.resolver(document))
            bodyIsObject = resolved?.objectContext.map { !$0.properties.isEmpty } ?? false
            inputs.append(
                Input(
                    name: "body", location: .body, isRequired: body.required, schema: media.schema, isJSONString: false,
                    explode: true, example: media.examples == nil ? try media.example.map(Self.json) : nil,
                    namedExamples: try Self.named(media.examples, document)))
        }
        self.inputs = inputs
        self.bodyIsObject = bodyIsObject
        var examples: [(String, Data)] = []
        var hasBody = false
        let successes = Self.successResponses(of: operation, document: document)
        for (status, response) in successes {
            hasBody = hasBody || !response.content.isEmpty
            // With several success statuses the example names say which one they belong to.
            let prefix = successes.count > 1 ? "\(status) " : ""
            if let entry = response.content.first(where: { $0.key.typeAndSubtype == "application/json" })?.value,
                let media = document.components[entry]
            {
                // OpenAPIKit fills `example` with the first named example; only a lone `example` counts.
                if media.examples == nil, let example = media.example {
                    examples.append((prefix + "example", try Self.data(example.value)))
                }
                for (name, value) in try Self.named(media.examples, document) {
                    examples.append((prefix + name, try JSONEncoder().encode(value)))
                }
            }
        }
        self.responseExamples = examples
        self.hasResponseBody = hasBody
    }

    /// A function resolving a schema reference against the document's components.
    /// `allOf: [X]` (a reference that carries vendor extensions) resolves as X.
    package static func resolver(_ document: OpenAPI.Document) -> (JSONSchema) -> JSONSchema? {
        func resolve(_ schema: JSONSchema) -> JSONSchema? {
            if case .all(let schemas, _) = schema.value, schemas.count == 1 { return resolve(schemas[0]) }
            return schema.isReference ? document.components[schema] : schema
        }
        return resolve
    }

    private static func named(
        _ examples: OpenAPI.Example.Map?, _ document: OpenAPI.Document
    ) throws -> [(name: String, value: JSONValue)] {
        var result: [(name: String, value: JSONValue)] = []
        for (name, entry) in examples ?? [:] {
            guard let value = document.components[entry]?.dataOrLegacyValue else { continue }
            result.append((name, try self.json(value)))
        }
        return result
    }

    /// Every 2xx response, by status.
    private static func successResponses(
        of operation: OpenAPI.Operation, document: OpenAPI.Document
    ) -> [(status: Int, response: OpenAPI.Response)] {
        operation.responses.compactMap { code, entry in
            guard let status = Int(code.rawValue), (200..<300).contains(status),
                let response = document.components[entry]
            else { return nil }
            return (status, response)
        }.sorted { $0.status < $1.status }
    }

    /// An example value decoded from YAML, as JSON.
    package static func json(_ value: AnyCodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try self.data(value.value))
    }

    private static func data(_ value: Any) throws -> Data {
        guard JSONSerialization.isValidJSONObject([value]) else {
            throw CatalogTestFailure("an example is not representable as JSON")
        }
        return try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    }
}
