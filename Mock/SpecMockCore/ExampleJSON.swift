import Foundation
import SpecGenCore

/// Turns example values decoded from YAML into JSON text.
enum ExampleJSON {
    /// Compact JSON with sorted keys, so the bytes are the same on every run.
    /// - Parameters:
    ///   - value: A value made of dictionaries, arrays, strings, numbers, booleans and nulls.
    ///   - operationID: The operation, for the error message.
    /// - Throws: ``SpecMockError`` when the value is not JSON.
    static func text(_ value: Any, in operationID: String) throws(SpecMockError) -> String {
        guard JSONSerialization.isValidJSONObject([value]) else {
            throw SpecMockError("\(operationID): a response example is not representable as JSON")
        }
        do {
            let data = try JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw SpecMockError("\(operationID): a response example cannot be encoded: \(error)")
        }
    }

    /// The top-level string member holding a request ID, trying the vendors' spellings.
    static func requestID(in json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return nil
        }
        for key in ["RequestId", "request_id", "requestId"] {
            if let value = object[key] as? String, !value.isEmpty { return value }
        }
        return nil
    }

    /// The JSON text with `RequestId` added at the top level, when it is an object without one.
    static func addingRequestID(_ requestID: String, to json: String) -> String {
        guard var object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            object["RequestId"] == nil
        else { return json }
        object["RequestId"] = requestID
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return json }
        return String(decoding: data, as: UTF8.self)
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
