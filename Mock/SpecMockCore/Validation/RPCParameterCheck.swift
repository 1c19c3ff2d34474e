import CloudRuntime
import Foundation
import SpecGenCore

/// Checks flattened RPC parameters (`Key`, `Key.N`, `Key.N.Member`, `Key.Member`, JSON text)
/// against the fields of an operation or structure.
struct RPCParameterCheck {
    let check: ValueCheck
    /// Values by parameter name; the first occurrence of a name counts.
    let values: [String: String]
    /// Every parameter name, for prefix searches.
    let names: [String]

    init(check: ValueCheck, parameters: [QueryItem]) {
        self.check = check
        var values: [String: String] = [:]
        for item in parameters where values[item.name] == nil { values[item.name] = item.value }
        self.values = values
        self.names = parameters.map(\.name)
    }

    /// The first problem among `fields`, whose parameters start with `prefix` (`InstanceSet.1.`).
    func problem(in fields: [FieldModel], prefix: String = "") -> ParameterProblem? {
        for field in fields {
            if let problem = self.problem(in: field, key: prefix + field.wireName) { return problem }
        }
        return nil
    }

    private func problem(in field: FieldModel, key: String) -> ParameterProblem? {
        switch field.encoding {
        case .value, .queryList:
            guard let value = self.values[key], !value.isEmpty else {
                return field.isRequired && !self.hasMembers(key) ? ParameterProblem(.missing, key) : nil
            }
            return self.check.text(value, as: field.type, constraints: field.constraints).map {
                ParameterProblem(.invalid, key, reason: $0)
            }
        case .structure:
            guard case .shape(let name) = field.type.unwrapped, let shape = self.check.service.shape(named: name) else {
                return nil
            }
            guard self.hasMembers(key) else { return field.isRequired ? ParameterProblem(.missing, key) : nil }
            return self.problem(in: shape.fields, prefix: key + ".")
        case .jsonString:
            guard let text = self.values[key], !text.isEmpty else {
                return field.isRequired ? ParameterProblem(.missing, key) : nil
            }
            return self.jsonText(text, as: field.type, key: key)
        case .list(let base), .jsonStringList(let base):
            return self.listProblem(field, key: key, base: base)
        }
    }

    private func listProblem(_ field: FieldModel, key: String, base: Int) -> ParameterProblem? {
        var indexes: Set<Int> = []
        for name in self.names where name.hasPrefix(key + ".") {
            let rest = name.dropFirst(key.count + 1)
            let component = rest.prefix { $0 != "." }
            guard let index = Int(component) else {
                return ParameterProblem(
                    .invalid, name, reason: "\(key) is a list; expected \(key).N with N a number from \(base)")
            }
            indexes.insert(index)
        }
        if indexes.isEmpty {
            if let value = self.values[key], !value.isEmpty {
                return ParameterProblem(
                    .invalid, key, reason: "a list is sent as \(key).\(base), \(key).\(base + 1), …")
            }
            return field.isRequired ? ParameterProblem(.missing, "\(key).\(base)") : nil
        }
        let sorted = indexes.sorted()
        if sorted != Array(base..<(base + sorted.count)) {
            let found = sorted.prefix(5).map(String.init).joined(separator: ", ")
            return ParameterProblem(
                .invalid, key, reason: "list indexes must start at \(base) and have no gaps; found \(found)")
        }
        if let minimum = field.constraints.minItems, sorted.count < minimum {
            return ParameterProblem(
                .invalid, key, reason: "at least \(minimum) items are required, got \(sorted.count)")
        }
        if let maximum = field.constraints.maxItems, sorted.count > maximum {
            return ParameterProblem(.invalid, key, reason: "at most \(maximum) items are allowed, got \(sorted.count)")
        }
        guard case .array(let element) = field.type.unwrapped else { return nil }
        for index in sorted {
            let itemKey = "\(key).\(index)"
            if let problem = self.elementProblem(field, element: element, key: itemKey) { return problem }
        }
        return nil
    }

    private func elementProblem(_ field: FieldModel, element: TypeReference, key: String) -> ParameterProblem? {
        if field.encoding.isJSONStringList {
            guard let text = self.values[key] else { return ParameterProblem(.missing, key) }
            return self.jsonText(text, as: element, key: key)
        }
        if case .shape(let name) = element, let shape = self.check.service.shape(named: name),
            case .structure(let members) = shape.kind
        {
            return self.problem(in: members, prefix: key + ".")
        }
        guard let value = self.values[key] else {
            return ParameterProblem(.invalid, key, reason: "a list item is sent as \(key)=value")
        }
        return self.check.text(value, as: element).map { ParameterProblem(.invalid, key, reason: $0) }
    }

    private func jsonText(_ text: String, as type: TypeReference, key: String) -> ParameterProblem? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
            return ParameterProblem(.invalid, key, reason: "the value must be JSON text")
        }
        return self.check.json(value, as: type, path: key)
    }

    /// Whether any parameter is a member or item of `key` (`key.…`).
    private func hasMembers(_ key: String) -> Bool {
        self.names.contains { $0.hasPrefix(key + ".") }
    }
}
