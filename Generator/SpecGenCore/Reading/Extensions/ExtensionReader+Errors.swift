extension ExtensionReader {
    /// The root's `x-errors`: a sequence of `{code, status, message, description}` rows, each with a
    /// non-empty string `code` and `message`, an integer HTTP `status` from 100 to 599 and an optional
    /// string `description`. Only whole rows are kept.
    mutating func readErrorRows(in root: YAMLNode) -> [ErrorCodeRow] {
        guard let errors = root[VendorExtension.errors] else { return [] }
        guard let rows = errors.items else {
            self.error(
                "'x-errors' must be a sequence of {code, status, message}, found \(errors.kindDescription)", at: errors)
            return []
        }
        return rows.enumerated().compactMap { index, row in
            self.readErrorRow(row, pointer: [VendorExtension.errors, String(index)])
        }
    }

    private mutating func readErrorRow(_ row: YAMLNode, pointer: [String]) -> ErrorCodeRow? {
        guard row.pairs != nil else {
            self.error(
                "an 'x-errors' entry must be a mapping with code, status and message, found \(row.kindDescription)",
                at: row)
            return nil
        }
        var texts: [String: String] = [:]
        for key in ["code", "message"] {
            guard let value = row[key] else {
                self.error("missing '\(key)' in an 'x-errors' entry", at: row)
                continue
            }
            guard let text = value.stringValue, !text.isEmpty else {
                self.error(
                    "'\(key)' of an 'x-errors' entry must be a non-empty string, found \(value.kindDescription)",
                    at: value)
                continue
            }
            texts[key] = text
        }
        var description: String?
        if let node = row["description"] {
            description = node.stringValue
            if description == nil {
                self.error(
                    "'description' of an 'x-errors' entry must be a string, found \(node.kindDescription)", at: node)
            }
        }
        guard let statusNode = row["status"] else {
            self.error("missing 'status' in an 'x-errors' entry (the HTTP status, e.g. 400)", at: row)
            return nil
        }
        guard case .int(let status) = statusNode.resolvedScalar, (100...599).contains(status) else {
            let found = statusNode.kindDescription + (statusNode.scalarValue.map { " '\($0)'" } ?? "")
            self.error(
                "'status' of an 'x-errors' entry must be an HTTP status from 100 to 599, found \(found)",
                at: statusNode)
            return nil
        }
        guard let code = texts["code"], let message = texts["message"] else { return nil }
        return ErrorCodeRow(code: code, status: status, message: message, description: description, pointer: pointer)
    }
}
