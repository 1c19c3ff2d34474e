import Foundation

/// Prints a response's JSON as pretty JSON or as a key/value table.
public enum ResponseFormatter {
    /// Formats a response.
    ///
    /// - Parameters:
    ///   - json: The response as JSON.
    ///   - format: The output format.
    /// - Returns: The text, ending with a newline.
    public static func format(_ json: Data, as format: OutputFormat) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else {
            return String(decoding: json, as: UTF8.self) + "\n"
        }
        switch format {
        case .json:
            return Self.prettyJSON(value) ?? String(decoding: json, as: UTF8.self) + "\n"
        case .table:
            guard let object = value as? [String: Any] else { return Self.prettyJSON(value) ?? "\n" }
            return Self.table(object)
        }
    }

    /// Formats a call's response and the last response of the waiter that followed it: two tables, or
    /// one JSON document `{"response": …, "waiter": "<name>", "final": …}`.
    ///
    /// - Parameters:
    ///   - response: The call's response as JSON.
    ///   - waiter: The waiter's name.
    ///   - final: The waiter's last response as JSON.
    ///   - format: The output format.
    /// - Returns: The text, ending with a newline.
    public static func format(response: Data, waiter: String, final: Data, as format: OutputFormat) -> String {
        guard format == .json,
            let call = try? JSONSerialization.jsonObject(with: response, options: [.fragmentsAllowed]),
            let last = try? JSONSerialization.jsonObject(with: final, options: [.fragmentsAllowed]),
            let text = Self.prettyJSON(["response": call, "waiter": waiter, "final": last])
        else { return Self.format(response, as: format) + Self.format(final, as: format) }
        return text
    }

    /// Pretty-printed JSON, keys sorted, slashes unescaped.
    static func prettyJSON(_ value: Any) -> String? {
        let options: JSONSerialization.WritingOptions = [
            .prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return nil }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One `key  value` line per top-level scalar field, keys sorted and padded to one column;
    /// nested objects and arrays are named in a closing note.
    static func table(_ object: [String: Any]) -> String {
        var rows: [(key: String, value: String)] = []
        var nested: [String] = []
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            if let scalar = Self.scalarText(value) {
                rows.append((key, scalar))
            } else {
                nested.append(key)
            }
        }
        let width = rows.map(\.key.count).max() ?? 0
        var text = rows.map { row in
            row.key + String(repeating: " ", count: width - row.key.count + 2) + row.value
        }.joined(separator: "\n")
        if !rows.isEmpty { text += "\n" }
        if !nested.isEmpty {
            text += "(nested, not shown: \(nested.joined(separator: ", ")); use --output json)\n"
        }
        return text
    }

    private static func scalarText(_ value: Any) -> String? {
        if value is [String: Any] || value is [Any] { return nil }
        if value is NSNull { return "null" }
        if let string = value as? String { return string }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}
