import Foundation

/// How a review report (``CoverageReport``, ``SpecDiff``) is written.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned lines for a terminal.
    case text
    /// Summary tables and collapsible details for a pull-request comment.
    case markdown
    /// The report's model itself, with sorted keys.
    case json
}

/// A report that renders in every ``ReportFormat``: text and markdown are its own, JSON is its Codable model.
public protocol RenderableReport: Encodable {
    /// The terminal form.
    func text() -> String
    /// The pull-request comment form.
    func markdown() -> String
}

extension RenderableReport {
    /// The report in a format; every format ends with a newline and is byte-for-byte deterministic.
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: self.text()
        case .markdown: self.markdown()
        case .json: self.json()
        }
    }

    /// The model as pretty JSON with sorted keys, ending with a newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Plain structs of strings, numbers and booleans always encode; an empty object is the harmless answer.
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

/// Markdown helpers shared by the reports' pull-request forms.
enum MarkdownText {
    /// Text safe inside a table cell: a `|` would end the cell and a line break the row.
    static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
