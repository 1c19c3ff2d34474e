import Foundation

/// Reads drift record files: NDJSON, one ``DriftRecord`` per line, blank lines skipped.
///
/// Every line is checked and every problem reported at `file:line:1`: a line that is not a JSON object
/// (when it is the first line, the file is not a record file at all and the rest is not read), a
/// missing or mistyped field, an unknown kind, a path or type name that is not one. `count` may be left
/// out (1); `service`, `operation`, `path` and `kind` may not.
public enum DriftRecordFile {
    /// The fields of one line as written; each is checked before it becomes a ``DriftRecord``.
    private struct Line: Decodable {
        var service: String?
        var operation: String?
        var path: String?
        var kind: String?
        var declared: String?
        var observed: String?
        var value: String?
        var count: Int?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case service, operation, path, kind, declared, observed, value, count
            case requestID = "requestId"
        }
    }

    /// Reads one record file.
    ///
    /// - Parameter path: The file, as diagnostics should name it.
    /// - Returns: Its records in file order.
    /// - Throws: ``DiagnosticsError`` with every problem found.
    public static func read(_ path: String) throws(DiagnosticsError) -> [DriftRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = FileManager.default.fileExists(atPath: path) ? "" : ": no such file or folder"
            throw DiagnosticsError([.error("cannot read the record file '\(path)'\(why)", at: nil)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([
                .error("not an NDJSON record file: the file is not UTF-8 text", at: Self.place(path, line: 1))
            ])
        }
        return try Self.parse(text, file: path)
    }

    /// Reads records from NDJSON text.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: The file's name in diagnostics.
    /// - Returns: The records in order.
    /// - Throws: ``DiagnosticsError`` with every problem found.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> [DriftRecord] {
        var records: [DriftRecord] = []
        var problems: [Diagnostic] = []
        var sawObject = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !content.isEmpty else { continue }
            let place = Self.place(file, line: index + 1)
            let isObject = Self.isObject(content)
            guard isObject || sawObject else {
                throw DiagnosticsError([
                    .error("not an NDJSON record file: line \(index + 1) is not a JSON object", at: place)
                ])
            }
            sawObject = true
            guard let decoded = try? JSONDecoder().decode(Line.self, from: Data(content.utf8)) else {
                problems.append(
                    .error(
                        isObject
                            ? "the record's fields have the wrong types (strings, and an integer 'count')"
                            : "the line is not a JSON object",
                        at: place))
                continue
            }
            switch Self.record(decoded, at: place) {
            case .success(let record): records.append(record)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return records
    }

    private static func record(_ line: Line, at place: SourceLocation) -> Result<DriftRecord, Diagnostic> {
        let missing = [
            ("service", line.service), ("operation", line.operation), ("path", line.path), ("kind", line.kind),
        ]
        .filter { $0.1 == nil }.map { "'\($0.0)'" }
        guard missing.isEmpty, let service = line.service, let operation = line.operation, let pathText = line.path,
            let kindText = line.kind
        else {
            return .failure(.error("the record has no \(missing.joined(separator: ", "))", at: place))
        }
        guard let kind = DriftRecord.Kind(rawValue: kindText) else {
            let kinds = DriftRecord.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(.error("unknown kind '\(kindText)' (\(kinds))", at: place))
        }
        guard let path = DriftPath(parsing: pathText) else {
            return .failure(.error("'\(pathText)' is not a record path ($, .name, [\"name\"], [*])", at: place))
        }
        var types: [JSONType?] = []
        for (name, text) in [("declared", line.declared), ("observed", line.observed)] {
            guard let text else {
                types.append(nil)
                continue
            }
            guard let type = JSONType(rawValue: text) else {
                return .failure(.error("'\(name)' is '\(text)', not a JSON type", at: place))
            }
            types.append(type)
        }
        if let problem = Self.kindProblem(kind, observed: types[1], value: line.value) {
            return .failure(.error(problem, at: place))
        }
        let count = line.count ?? 1
        guard count > 0 else { return .failure(.error("'count' must be at least 1, found \(count)", at: place)) }
        return .success(
            DriftRecord(
                service: service, operation: operation, path: path, kind: kind, declared: types[0],
                observed: types[1], value: line.value, count: count, requestID: line.requestID, source: place))
    }

    /// What a kind needs beyond the common fields: the type sent, or the value.
    private static func kindProblem(_ kind: DriftRecord.Kind, observed: JSONType?, value: String?) -> String? {
        switch kind {
        case .coercedType, .unknownField, .unreadableValue:
            observed == nil ? "a '\(kind.rawValue)' record needs 'observed'" : nil
        case .unknownEnumValue:
            value == nil ? "an 'unknown-enum-value' record needs 'value'" : nil
        case .missingRequiredField, .unexpectedNull, .unknownDateForm:
            nil
        }
    }

    private static func isObject(_ content: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(content.utf8))) is [String: Any]
    }

    private static func place(_ file: String, line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }
}
