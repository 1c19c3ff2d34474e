import CloudRuntime
import Foundation
import HTTPTypes
import OpenAPIKit
import SharedTestSupport

/// What a prepared request must contain for a documented example, worked out from the spec and the
/// example alone: the path with its parameters substituted, the query or RPC parameters flattened
/// as the spec's `x-index-base` and `x-json-string` state, and the JSON body.
struct ExpectedRequest {
    /// A parameter value: plain text, or JSON text compared by structure.
    enum Value {
        case text(String)
        case json(JSONValue)
    }

    let method: String
    let path: String
    /// Query (ROA) or RPC parameters (query or form), without `Action` and `Version`.
    let items: [(name: String, value: Value)]
    /// The JSON body, when the example documents one.
    let body: JSONValue?

    /// The expectation for an example of an operation.
    /// - Parameter rpcMethod: The method RPC requests are sent with; nil for ROA operations.
    init(_ example: RequestExample, of operation: SpecOperation, rpcMethod: HTTPRequest.Method?, document: OpenAPI.Document) {
        let rpc = rpcMethod != nil
        let flattener = Flattener(resolve: SpecOperation.resolver(document))
        var items: [(String, Value)] = []
        for input in operation.inputs where input.location == .query {
            guard let value = example.parameters[input.name] else { continue }
            if rpc {
                flattener.flatten(
                    value, key: input.name, schema: input.schema, isJSON: input.isJSONString, into: &items)
            } else {
                items += Self.queryItems(input, value)
            }
        }
        var path = operation.path
        if rpc {
            path = "/"
        } else {
            for input in operation.inputs where input.location == .path {
                guard let value = example.parameters[input.name], let text = Self.text(value) else { continue }
                path = path.replacingOccurrences(of: "{\(input.name)}", with: Self.percentEncoded(text))
            }
        }
        self.method = rpcMethod?.rawValue ?? operation.method
        self.path = path
        self.items = items
        self.body = example.body.map(Self.droppingNulls)
    }

    /// An ROA query parameter: a scalar, or a list as the parameter's style says.
    private static func queryItems(_ input: SpecOperation.Input, _ value: JSONValue) -> [(String, Value)] {
        guard case .array(let elements) = value else {
            return self.text(value).map { [(input.name, .text($0))] } ?? []
        }
        if input.isJSONString { return [(input.name, .json(value))] }
        let texts = elements.compactMap(self.text)
        if input.explode { return texts.map { (input.name, .text($0)) } }
        return [(input.name, .text(texts.joined(separator: ",")))]
    }

    /// A scalar as the wire carries it; nil for null, lists and objects.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        default: return nil
        }
    }

    /// RFC 3986: everything but unreserved characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// Objects without their null members: an absent optional and a null one are the same request.
    static func droppingNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.filter { $0.value != .null }.mapValues(self.droppingNulls))
        case .array(let elements):
            return .array(elements.map(self.droppingNulls))
        default:
            return value
        }
    }
}

/// Flattens an RPC parameter's example value (`Key.N.Member=...`) by its schema.
private struct Flattener {
    let resolve: (JSONSchema) -> JSONSchema?

    func flatten(
        _ value: JSONValue, key: String, schema: JSONSchema?, isJSON: Bool,
        into items: inout [(String, ExpectedRequest.Value)]
    ) {
        if isJSON {
            items.append((key, .json(ExpectedRequest.droppingNulls(value))))
            return
        }
        let resolved = schema.flatMap(self.resolve)
        switch value {
        case .null:
            return
        case .array(let elements):
            let base = self.indexBase(schema) ?? self.indexBase(resolved) ?? 1
            let itemSchema = resolved?.arrayContext?.items
            for (offset, element) in elements.enumerated() {
                self.flatten(
                    element, key: "\(key).\(base + offset)", schema: itemSchema, isJSON: self.isJSONString(itemSchema),
                    into: &items)
            }
        case .object(let members):
            let properties = resolved?.objectContext?.properties
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                let property = properties?[name]
                self.flatten(
                    member, key: "\(key).\(name)", schema: property, isJSON: self.isJSONString(property), into: &items)
            }
        default:
            if let text = ExpectedRequest.text(value) { items.append((key, .text(text))) }
        }
    }

    private func isJSONString(_ schema: JSONSchema?) -> Bool {
        guard let schema else { return false }
        return Self.flag(schema.vendorExtensions["x-json-string"]?.value)
            || Self.flag(self.resolve(schema)?.vendorExtensions["x-json-string"]?.value)
    }

    private func indexBase(_ schema: JSONSchema?) -> Int? {
        switch schema?.vendorExtensions["x-index-base"]?.value {
        case let value as Int: value
        case let value as Double: Int(value)
        case let value as Bool: value ? 1 : 0
        case let value as String: Int(value)
        default: nil
        }
    }

    private static func flag(_ value: Any?) -> Bool {
        switch value {
        case let flag as Bool: flag
        case let text as String: text == "true"
        default: false
        }
    }
}
