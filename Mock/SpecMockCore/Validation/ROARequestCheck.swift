import CloudRuntime
import CloudTestSupport
import Foundation
import SpecGenCore

/// Checks an ROA request's path segments, query parameters and JSON body against an operation.
struct ROARequestCheck {
    let check: ValueCheck
    let request: RecordedRequest
    let operation: MockOperation

    /// The first problem, in field order; nil when the request fits.
    func problem(in model: OperationModel) -> ParameterProblem? {
        let pathValues = self.pathValues()
        var body: JSONValue?
        if model.bodyKind != .none, !self.request.body.isEmpty {
            guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(self.request.body)) else {
                return ParameterProblem(.invalid, "body", reason: "the request body is not valid JSON")
            }
            body = parsed
            if model.bodyKind == .fields {
                guard case .object = parsed else {
                    return ParameterProblem(
                        .invalid, "body", reason: "expected a JSON object, got \(ValueCheck.kind(of: parsed))")
                }
            }
        }
        for field in model.fields {
            let problem: ParameterProblem?
            switch field.location {
            case .path:
                problem = pathValues[field.wireName].flatMap { self.text($0, field) }
            case .query:
                problem = self.queryProblem(field)
            case .bodyField:
                if case .object(let members)? = body, let value = members[field.wireName] {
                    problem = self.check.json(value, as: field.type, path: field.wireName)
                } else {
                    problem = nil  // required members were checked while routing
                }
            case .body:
                if let body {
                    problem = self.check.json(body, as: field.type, path: "body")
                } else {
                    problem = field.isRequired ? ParameterProblem(.missing, "body") : nil
                }
            case .rpc, .member:
                problem = nil
            }
            if let problem { return problem }
        }
        return nil
    }

    private func queryProblem(_ field: FieldModel) -> ParameterProblem? {
        let values = self.request.queryItems.filter { $0.name == field.wireName }.map(\.value)
        guard let first = values.first else { return nil }
        guard case .array(let element) = field.type.unwrapped else { return self.text(first, field) }
        let items: [String]
        switch field.encoding {
        case .queryList(.json), .jsonString:
            guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(first.utf8)) else {
                return ParameterProblem(.invalid, field.wireName, reason: "expected a JSON array text such as [\"a\"]")
            }
            return self.check.json(parsed, as: field.type, path: field.wireName)
        case .queryList(.commaSeparated):
            items = first.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        default:
            items = values
        }
        for item in items {
            if let reason = self.check.text(item, as: element) {
                return ParameterProblem(.invalid, field.wireName, reason: reason)
            }
        }
        return nil
    }

    private func text(_ value: String, _ field: FieldModel) -> ParameterProblem? {
        self.check.text(value, as: field.type, constraints: field.constraints).map {
            ParameterProblem(.invalid, field.wireName, reason: $0)
        }
    }

    /// The values of the template's `{name}` segments, percent-decoded.
    private func pathValues() -> [String: String] {
        let parts = self.operation.pathTemplate.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let segments = SpecExampleResponder.pathSegments(self.request.rawPath)
        var values: [String: String] = [:]
        for (part, segment) in zip(parts, segments) where part.hasPrefix("{") && part.hasSuffix("}") {
            values[String(part.dropFirst().dropLast())] = segment
        }
        return values
    }
}
