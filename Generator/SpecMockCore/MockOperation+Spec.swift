import Foundation
import OpenAPIKit
import SpecGenCore

extension MockOperation {
    /// Every operation of a loaded spec, in document order.
    ///
    /// The style comes from `x-sdk.protocol` (`roa` or `rpc`), the service name from `x-sdk.name`,
    /// the error shape from the signature algorithms (`acs*` is Alibaba, `aws4*` Kingsoft).
    /// - Parameter spec: A spec loaded with `SpecGen.load(directory:)`.
    /// - Returns: The operations.
    /// - Throws: ``SpecMockError`` when the spec names no protocol, or an example cannot be encoded as JSON.
    public static func operations(in spec: LoadedSpec) throws(SpecMockError) -> [MockOperation] {
        let document = spec.document
        let sdk = document.vendorExtensions["x-sdk"]?.value as? [String: Any] ?? [:]
        guard let styleName = sdk["protocol"] as? String, let style = Style(rawValue: styleName) else {
            throw SpecMockError("\(spec.directory): x-sdk.protocol must be roa or rpc")
        }
        let service = sdk["name"] as? String ?? document.info.title
        let shape = Self.errorShape(of: document)
        var operations: [MockOperation] = []
        for (path, item) in document.paths {
            guard let pathItem = item.b else { continue }
            for endpoint in pathItem.endpoints {
                operations.append(
                    try Self.make(
                        endpoint: endpoint, path: path.rawValue, service: service, style: style, shape: shape,
                        document: document))
            }
        }
        return operations
    }

    private static func errorShape(of document: OpenAPI.Document) -> VendorErrorShape {
        for scheme in document.components.securitySchemes.values {
            guard let signature = scheme.b?.vendorExtensions["x-signature"]?.value as? [String: Any],
                let algorithms = signature["algorithms"] as? [Any], let first = algorithms.first as? String
            else { continue }
            return first.hasPrefix("aws4") ? .kingsoft : .alibaba
        }
        return .alibaba
    }

    private static func make(
        endpoint: OpenAPI.PathItem.Endpoint, path: String, service: String, style: Style, shape: VendorErrorShape,
        document: OpenAPI.Document
    ) throws(SpecMockError) -> MockOperation {
        let operation = endpoint.operation
        let operationID = operation.operationId ?? "\(endpoint.method.rawValue) \(path)"
        var action: String?
        var template = path
        if style == .rpc {
            let marker = "Action="
            action = path.range(of: marker).map { String(path[$0.upperBound...]) } ?? operationID
            template = "/"
        }
        var required: [RequiredParameter] = []
        for parameter in operation.parameters.compactMap({ document.components[$0] }) where parameter.required {
            let location: Location
            switch parameter.location {
            case .path: location = .path
            case .header: location = .header
            default: location = .query
            }
            required.append(RequiredParameter(name: parameter.name, location: location))
        }
        if let body = operation.requestBody.flatMap({ document.components[$0] }),
            let content = body.content[.json].flatMap({ document.components[$0] }), let schema = content.schema
        {
            // A reference with vendor extensions beside it is loaded as a one-element `allOf`.
            var unwrapped = schema
            if case .all(let parts, _) = schema.value, parts.count == 1 { unwrapped = parts[0] }
            let resolved = unwrapped.isReference ? document.components[unwrapped] : unwrapped
            for name in resolved?.objectContext?.requiredProperties ?? [] {
                required.append(RequiredParameter(name: name, location: .body))
            }
        }
        let success = Self.successResponse(of: operation, document: document)
        var examples: [Example] = []
        if let entry = success?.response.content.first(where: { $0.key.typeAndSubtype == "application/json" })?.value,
            let content = document.components[entry]
        {
            if let example = content.example {
                examples.append(Example(name: "example", json: try ExampleJSON.text(example.value, in: operationID)))
            }
            for (name, entry) in content.examples ?? [:] {
                guard let value = document.components[entry]?.dataOrLegacyValue else { continue }
                examples.append(Example(name: name, json: try ExampleJSON.text(value.value, in: operationID)))
            }
        }
        return MockOperation(
            service: service, apiVersion: document.info.version, style: style, errorShape: shape,
            operationID: operationID, action: action, method: endpoint.method.rawValue.uppercased(),
            pathTemplate: template, requiredParameters: required, successStatus: success?.status ?? 200,
            examples: examples, hasResponseBody: !(success?.response.content.isEmpty ?? true))
    }

    private static func successResponse(
        of operation: OpenAPI.Operation, document: OpenAPI.Document
    ) -> (status: Int, response: OpenAPI.Response)? {
        var best: (status: Int, response: OpenAPI.Response)?
        for (code, entry) in operation.responses {
            guard let status = Int(code.rawValue), (200..<300).contains(status),
                let response = document.components[entry]
            else { continue }
            if let current = best, current.status <= status { continue }
            best = (status, response)
        }
        return best
    }
}
