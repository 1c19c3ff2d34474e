import Foundation
import SpecGenCore

extension MockOperation {
    /// Every operation of a read spec, in document order.
    ///
    /// The style comes from `x-sdk.protocol` (`roa` or `rpc`), the service name from `x-sdk.name`,
    /// the error shape from the signature algorithms (`acs*` is Alibaba, `aws4*` Kingsoft).
    /// - Parameter spec: A spec read with `SpecGen.load(directory:)`.
    /// - Returns: The operations.
    /// - Throws: ``SpecMockError`` when the spec names no protocol, or an example cannot be encoded as JSON.
    public static func operations(in spec: SpecDocument) throws(SpecMockError) -> [MockOperation] {
        guard let styleName = spec.sdk?.style?.rawValue, let style = Style(rawValue: styleName) else {
            throw SpecMockError("\(spec.directory): x-sdk.protocol must be roa or rpc")
        }
        let service = spec.sdk?.name ?? spec.title
        let shape: VendorErrorShape = spec.signature?.algorithms.first?.hasPrefix("aws4") == true ? .kingsoft : .alibaba
        var operations: [MockOperation] = []
        for operation in spec.operations {
            operations.append(
                try Self.make(operation, service: service, style: style, shape: shape, document: spec))
        }
        return operations
    }

    private static func make(
        _ operation: SpecDocument.Operation, service: String, style: Style, shape: VendorErrorShape,
        document: SpecDocument
    ) throws(SpecMockError) -> MockOperation {
        let path = operation.path
        let operationID = operation.operationID ?? "\(operation.method.uppercased()) \(path)"
        var action: String?
        var template = path
        if style == .rpc {
            let marker = "Action="
            action = path.range(of: marker).map { String(path[$0.upperBound...]) } ?? operationID
            template = "/"
        }
        var required: [RequiredParameter] = []
        for parameter in operation.parameters where parameter.isRequired {
            let location: Location
            switch parameter.location {
            case "path": location = .path
            case "header": location = .header
            default: location = .query
            }
            required.append(RequiredParameter(name: parameter.name, location: location))
        }
        if let schema = operation.requestBody?.content.first(where: { $0.type == "application/json" })?.schema {
            let resolved = schema.referencedSchemaName.flatMap { document.schemas[$0] } ?? schema
            for name in resolved.required {
                required.append(RequiredParameter(name: name, location: .body))
            }
        }
        let success = Self.successResponse(of: operation)
        var examples: [Example] = []
        if let content = success?.response.content.first(where: { $0.type == "application/json" }) {
            if let example = content.example {
                examples.append(
                    Example(name: "example", json: try ExampleJSON.text(example.foundationValue, in: operationID)))
            }
            for (name, value) in content.examples {
                examples.append(Example(name: name, json: try ExampleJSON.text(value.foundationValue, in: operationID)))
            }
        }
        return MockOperation(
            service: service, apiVersion: document.version, style: style, errorShape: shape,
            operationID: operationID, action: action, method: operation.method.uppercased(),
            pathTemplate: template, requiredParameters: required, successStatus: success?.status ?? 200,
            examples: examples, hasResponseBody: !(success?.response.content.isEmpty ?? true))
    }

    /// The response with the lowest 2xx status.
    private static func successResponse(
        of operation: SpecDocument.Operation
    ) -> (status: Int, response: SpecDocument.Response)? {
        var best: (status: Int, response: SpecDocument.Response)?
        for response in operation.responses {
            guard let status = Int(response.status), (200..<300).contains(status) else { continue }
            if let current = best, current.status <= status { continue }
            best = (status, response)
        }
        return best
    }
}

extension YAMLNode {
    /// The node as Foundation JSON values (dictionaries, arrays, strings, numbers, booleans, `NSNull`),
    /// scalars typed by the YAML core schema.
    var foundationValue: Any {
        switch self.content {
        case .sequence(let items):
            return items.map(\.foundationValue)
        case .mapping(let pairs):
            var object: [String: Any] = [:]
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                object[key] = pair.value.foundationValue
            }
            return object
        case .scalar:
            switch self.resolvedScalar {
            case .null: return NSNull()
            case .bool(let value): return value
            case .int(let value): return value
            case .double(let value): return value
            case .string(let value): return value
            }
        }
    }
}
