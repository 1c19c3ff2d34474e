import CloudRuntime
import Foundation

/// Prints a response's JSON as pretty JSON or as a key/value table.
public enum ResponseFormatter {
    /// Formats a response.
    ///
    /// - Parameters:
    ///   - json: The response as JSON.
    ///   - format: The output format.
    ///   - columns: The item fields a listing's table shows; nil to choose them from the items.
    ///   - query: The part of the response to print; nil for all of it.
    /// - Returns: The text, ending with a newline.
    public static func format(
        _ json: Data, as format: OutputFormat, columns: [String]? = nil, query: JSONQuery? = nil
    ) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else {
            return String(decoding: json, as: UTF8.self) + "\n"
        }
        return Self.format(value: query.map { $0.select(from: value) } ?? value, as: format, columns: columns)
    }

    /// Formats a JSON value as `JSONSerialization` reads it: a selected part prints as a table when it
    /// is an object or a list of objects.
    private static func format(value: Any, as format: OutputFormat, columns: [String]?) -> String {
        switch format {
        case .json:
            return Self.prettyJSON(value) ?? "null\n"
        case .table:
            if let items = value as? [[String: Any]] {
                // A selected list (`clusters[?state=='running']`) is the listing itself.
                return Self.listing(in: ["items": items], columns: columns).text
            }
            // Selected values (`clusters[].name`, `page_info.total_count`): one per line, as text.
            let values = value as? [Any] ?? [value]
            let texts = values.compactMap(Self.scalarText)
            if texts.count == values.count { return texts.map { $0.lineBreaksEscaped + "\n" }.joined() }
            guard let object = value as? [String: Any] else { return Self.prettyJSON(value) ?? "null\n" }
            let listing = Self.listing(in: object, columns: columns)
            return listing.text + Self.table(object, shown: listing.key.map { [$0] } ?? [])
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
    ///   - query: The part of the JSON document to print (`final.state`), in either format; nil for all.
    /// - Returns: The text, ending with a newline.
    public static func format(
        response: Data, waiter: String, final: Data, as format: OutputFormat, query: JSONQuery? = nil
    ) -> String {
        guard format == .json || query != nil,
            let call = try? JSONSerialization.jsonObject(with: response, options: [.fragmentsAllowed]),
            let last = try? JSONSerialization.jsonObject(with: final, options: [.fragmentsAllowed])
        else { return Self.format(response, as: format) + Self.format(final, as: format) }
        let document: [String: Any] = ["response": call, "waiter": waiter, "final": last]
        return Self.format(value: query.map { $0.select(from: document) } ?? document, as: format, columns: nil)
    }

    /// Pretty-printed JSON, keys sorted, slashes unescaped.
    static func prettyJSON(_ value: Any) -> String? {
        let options: JSONSerialization.WritingOptions = [
            .prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return nil }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The most columns chosen from the items when `--columns` does not name them.
    static let defaultColumnLimit = 6
    /// The longest cell; longer text is cut with `…`.
    static let cellLimit = 40

    /// A listing's items as a table: the one top-level list of objects (a page of clusters, a
    /// `ClusterSet`), one row per item, with a header. Columns are `columns`, else the items' scalar
    /// fields (identifiers, names, states and types first; see ``columnOrder(_:_:)``), at most
    /// ``defaultColumnLimit``; empty when the answer holds no such list.
    static func listing(in object: [String: Any], columns: [String]?) -> (text: String, key: String?) {
        let lists = object.compactMap { key, value -> (key: String, items: [[String: Any]])? in
            guard let array = value as? [Any], let items = array as? [[String: Any]] else { return nil }
            return (key, items)
        }
        guard lists.count == 1, let list = lists.first else { return ("", nil) }
        var chosen = columns ?? []
        if columns == nil {
            for item in list.items {
                for key in item.keys.sorted(by: Self.columnOrder)
                where Self.scalarText(item[key] as Any) != nil && !chosen.contains(key) {
                    chosen.append(key)
                }
            }
        }
        let omitted = columns == nil ? max(0, chosen.count - Self.defaultColumnLimit) : 0
        chosen = Array(chosen.prefix(columns == nil ? Self.defaultColumnLimit : chosen.count))
        guard !chosen.isEmpty else { return ("", nil) }
        let rows = list.items.map { item in
            chosen.map { column -> String in
                guard let value = item[column] else { return "" }
                let text = (Self.scalarText(value) ?? "…").lineBreaksEscaped
                return text.count > Self.cellLimit ? String(text.prefix(Self.cellLimit - 1)) + "…" : text
            }
        }
        let widths = chosen.indices.map { index in ([chosen[index]] + rows.map { $0[index] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count)
            }
            .joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var text = "\(list.key) (\(list.items.count))\n" + line(chosen) + "\n"
        text += rows.map(line).joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
        if omitted > 0 { text += "(\(omitted) more fields; choose them with --columns a,b,c)\n" }
        return (text + "\n", list.key)
    }

    /// The order chosen columns take: identifiers, names, states, types, then the rest, each
    /// alphabetically, so that the first columns say which item a row is and how it is.
    static func columnOrder(_ first: String, _ second: String) -> Bool {
        func rank(_ key: String) -> Int {
            let word = key.lowercased().replacingOccurrences(of: "_", with: "")
            if word.hasSuffix("id") { return 0 }
            if word.hasSuffix("name") { return 1 }
            if word.hasSuffix("state") || word.hasSuffix("status") { return 2 }
            if word.hasSuffix("type") { return 3 }
            return 4
        }
        return (rank(first), first) < (rank(second), second)
    }

    /// One `key  value` line per top-level scalar field, keys sorted and padded to one column;
    /// nested objects and arrays, other than those `shown` already, are named in a closing note.
    static func table(_ object: [String: Any], shown: Set<String> = []) -> String {
        var rows: [(key: String, value: String)] = []
        var nested: [String] = []
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            if let scalar = Self.scalarText(value) {
                rows.append((key, scalar))
            } else if !shown.contains(key) {
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
