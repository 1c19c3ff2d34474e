/// The root's `x-errors`: a sequence of `{code, status, message, description}` rows, each with a string
/// `code`, an integer HTTP `status` from 100 to 599, a string `message` and an optional string
/// `description`.
struct ErrorsExtensionRule: ValidationRule {
    let name = "x-errors"

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        guard let errors = spec.root["x-errors"] else { return [] }
        guard let rows = errors.items else {
            return [.error("'x-errors' must be a sequence of {code, status, message}, found \(errors.kindDescription)", at: errors.location)]
        }
        return rows.flatMap(Self.check)
    }

    private static func check(_ row: YAMLNode) -> [Diagnostic] {
        guard row.pairs != nil else {
            return [.error("an 'x-errors' entry must be a mapping with code, status and message, found \(row.kindDescription)", at: row.location)]
        }
        var diagnostics: [Diagnostic] = []
        for key in ["code", "message"] {
            guard let value = row[key] else {
                diagnostics.append(.error("missing '\(key)' in an 'x-errors' entry", at: row.location))
                continue
            }
            if value.stringValue?.isEmpty != false {
                diagnostics.append(.error("'\(key)' of an 'x-errors' entry must be a non-empty string, found \(value.kindDescription)", at: value.location))
            }
        }
        if let description = row["description"], description.stringValue == nil {
            diagnostics.append(.error("'description' of an 'x-errors' entry must be a string, found \(description.kindDescription)", at: description.location))
        }
        guard let status = row["status"] else {
            diagnostics.append(.error("missing 'status' in an 'x-errors' entry (the HTTP status, e.g. 400)", at: row.location))
            return diagnostics
        }
        guard case .int(let code) = status.resolvedScalar, (100...599).contains(code) else {
            let found = status.kindDescription + (status.scalarValue.map { " '\($0)'" } ?? "")
            diagnostics.append(.error("'status' of an 'x-errors' entry must be an HTTP status from 100 to 599, found \(found)", at: status.location))
            return diagnostics
        }
        return diagnostics
    }
}
