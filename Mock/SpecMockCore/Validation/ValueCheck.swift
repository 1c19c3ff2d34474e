import CloudRuntime
import SpecGenCore

/// Checks single values against the types of the lowered spec model: parameter text (query, path,
/// RPC parameters) and JSON values (ROA bodies, JSON-string parameters).
///
/// Every string enum of the spec is closed on the server: a value the spec does not list is
/// refused, although the generated clients accept and send any value.
struct ValueCheck {
    /// The service whose shapes (enums, structures, aliases) types refer to.
    let service: ServiceModel

    /// Why parameter text does not fit `type` and the field's constraints; nil when it fits.
    func text(_ value: String, as type: TypeReference, constraints: FieldConstraints = FieldConstraints()) -> String? {
        switch type.unwrapped {
        case .string, .timestamp:
            return nil
        case .integer32:
            guard let number = Int32(value) else { return "expected a 32-bit integer, got \(Self.quoted(value))" }
            return Self.limits(Double(number), text: value, constraints)
        case .integer64, .integer:
            guard let number = Int64(value) else { return "expected an integer, got \(Self.quoted(value))" }
            return Self.limits(Double(number), text: value, constraints)
        case .double:
            guard let number = Double(value), number.isFinite else {
                return "expected a number, got \(Self.quoted(value))"
            }
            return Self.limits(number, text: value, constraints)
        case .bool:
            return value == "true" || value == "false" ? nil : "expected true or false, got \(Self.quoted(value))"
        case .shape(let name):
            return self.shapeText(value, shape: name)
        case .jsonValue:
            return nil
        case .array, .optional:
            return "expected a single value"
        }
    }

    /// Why a JSON value does not fit `type`; nil when it fits. Structures are checked member by
    /// member (unknown members are ignored, as the vendors' gateways do); `path` names the place.
    func json(_ value: JSONValue, as type: TypeReference, path: String) -> ParameterProblem? {
        if case .null = value { return nil }
        switch type.unwrapped {
        case .string, .timestamp:
            guard case .string = value else { return self.mismatch(path, "a string", value) }
        case .integer32, .integer64, .integer:
            guard case .number(let number) = value, number.rounded() == number else {
                return self.mismatch(path, "an integer", value)
            }
        case .double:
            guard case .number = value else { return self.mismatch(path, "a number", value) }
        case .bool:
            guard case .bool = value else { return self.mismatch(path, "true or false", value) }
        case .jsonValue, .optional:
            return nil
        case .array(let element):
            guard case .array(let elements) = value else { return self.mismatch(path, "a JSON array", value) }
            for (index, item) in elements.enumerated() {
                if let problem = self.json(item, as: element, path: "\(path)[\(index)]") { return problem }
            }
        case .shape(let name):
            return self.jsonShape(value, shape: name, path: path)
        }
        return nil
    }

    private func jsonShape(_ value: JSONValue, shape name: String, path: String) -> ParameterProblem? {
        guard let shape = self.service.shape(named: name) else { return nil }
        switch shape.kind {
        case .stringEnum:
            guard case .string(let text) = value else { return self.mismatch(path, "a string", value) }
            return self.shapeText(text, shape: name).map { ParameterProblem(.invalid, path, reason: $0) }
        case .alias(let type):
            return self.json(value, as: type, path: path)
        case .structure(let fields):
            guard case .object(let members) = value else { return self.mismatch(path, "a JSON object", value) }
            for field in fields {
                guard let member = members[field.wireName] else { continue }
                if let problem = self.json(member, as: field.type, path: "\(path).\(field.wireName)") { return problem }
            }
            return nil
        }
    }

    private func shapeText(_ value: String, shape name: String) -> String? {
        guard let shape = self.service.shape(named: name) else { return nil }
        switch shape.kind {
        case .stringEnum(let cases):
            let allowed = cases.map(\.value)
            guard !allowed.contains(value) else { return nil }
            return "\(Self.quoted(value)) is not one of " + allowed.joined(separator: ", ")
        case .alias(let type):
            return self.text(value, as: type)
        case .structure:
            return "expected a structure, not a single value"
        }
    }

    private func mismatch(_ path: String, _ expected: String, _ value: JSONValue) -> ParameterProblem {
        ParameterProblem(.invalid, path, reason: "expected \(expected), got \(Self.kind(of: value))")
    }

    /// Allowed values and the documented range of a number.
    private static func limits(_ number: Double, text: String, _ constraints: FieldConstraints) -> String? {
        if !constraints.allowedValues.isEmpty, !constraints.allowedValues.contains(where: { Double($0) == number }) {
            return "\(text) is not one of " + constraints.allowedValues.joined(separator: ", ")
        }
        if let minimum = constraints.minimum.flatMap(Double.init), number < minimum {
            return "\(text) is below the minimum \(constraints.minimum ?? "")"
        }
        if let maximum = constraints.maximum.flatMap(Double.init), number > maximum {
            return "\(text) is above the maximum \(constraints.maximum ?? "")"
        }
        return nil
    }

    /// The kind of a JSON value, for messages (never the value itself, which might be a secret).
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Text quoted for a message, cut to 40 characters.
    static func quoted(_ value: String) -> String {
        "\"" + (value.count > 40 ? String(value.prefix(40)) + "…" : value) + "\""
    }
}
