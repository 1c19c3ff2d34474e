import CloudRuntime
import Foundation
import OpenAPIKit

/// One documented request of an operation: a named example set turned into the JSON object of
/// wire-named parameters the catalog takes.
package struct RequestExample {
    /// The example set's name (`example` for the single examples).
    package let name: String
    /// Parameters by wire name; a non-object body under `body`, object body members at the top level.
    package let parameters: [String: JSONValue]
    /// The documented body, when the example set has one.
    package let body: JSONValue?

    /// The parameters as JSON data.
    package func data() throws -> Data {
        try JSONEncoder().encode(JSONValue.object(self.parameters))
    }
}

extension SpecOperation {
    /// Every documented request example set, and why some could not be built.
    ///
    /// Named examples with one name across inputs form one set; inputs without that name use their
    /// single `example`. With no named examples, the single examples form the set `example`. An
    /// operation without any example is still exercised without parameters when none is required.
    package func requestExamples() -> (examples: [RequestExample], skipped: [String]) {
        var names: [String] = []
        for input in self.inputs {
            for (name, _) in input.namedExamples where !names.contains(name) { names.append(name) }
        }
        if names.isEmpty {
            if self.inputs.contains(where: { $0.example != nil }) {
                names = ["example"]
            } else if !self.inputs.contains(where: \.isRequired) {
                return ([RequestExample(name: "without parameters", parameters: [:], body: nil)], [])
            } else {
                let required = self.inputs.filter(\.isRequired).map(\.name).joined(separator: ", ")
                return ([], ["no documented request example (required: \(required))"])
            }
        }
        var examples: [RequestExample] = []
        var skipped: [String] = []
        for name in names {
            var parameters: [String: JSONValue] = [:]
            var body: JSONValue?
            var missing: [String] = []
            for input in self.inputs {
                guard var value = input.value(for: name) else {
                    if input.isRequired { missing.append(input.name) }
                    continue
                }
                if input.isJSONString, case .string(let text) = value,
                    let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
                {
                    value = parsed
                }
                switch input.location {
                case .body:
                    body = value
                    if self.bodyIsObject, case .object(let members) = value {
                        parameters.merge(members) { _, member in member }
                    } else {
                        parameters["body"] = value
                    }
                case .path, .query:
                    parameters[input.name] = value
                }
            }
            if missing.isEmpty {
                examples.append(RequestExample(name: name, parameters: parameters, body: body))
            } else {
                let names = missing.joined(separator: ", ")
                skipped.append("example set '\(name)' documents no value for required \(names)")
            }
        }
        return (examples, skipped)
    }
}
