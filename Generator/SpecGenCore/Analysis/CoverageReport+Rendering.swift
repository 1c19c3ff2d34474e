import Foundation

extension CoverageReport {
    /// How ``CoverageReport/rendered(as:)`` writes a report.
    public enum Format: String, CaseIterable, Sendable {
        /// Aligned tables for a terminal, then each gap at its `file:line:column`.
        case text
        /// Summary tables and collapsible gap lists for a pull-request comment.
        case markdown
        /// The model itself, with sorted keys (see ``CoverageReport``).
        case json
    }

    /// The report in a format; every format ends with a newline and is byte-for-byte deterministic.
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: self.text()
        case .markdown: self.markdown()
        case .json: self.json()
        }
    }

    /// The JSON form: sorted keys, two-space indentation, slashes unescaped, a final newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings, numbers and booleans cannot fail; an empty object is the
        // harmless answer should it ever.
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    /// A percentage with one decimal, as the text and markdown forms print it (`54.5%`).
    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value)
    }

    /// `covered/documented`.
    static func fraction(_ tally: Tally) -> String {
        "\(tally.covered)/\(tally.documented)"
    }
}

extension CoverageReport.Service {
    /// Each gap as a short line: what is missing, without the location.
    var gapLines: [(location: CoverageReport.Location, text: String)] {
        var result: [(location: CoverageReport.Location, text: String)] = []
        for operation in self.operations {
            switch operation.status {
            case .missing:
                result.append((operation.location, "operation '\(operation.name)' is not in the spec"))
                continue
            case .mismatched:
                result += operation.routeProblems.map { (operation.location, $0) }
            case .present:
                break
            }
            result += operation.parameters.filter { !$0.covered }
                .map { ($0.location, "parameter '\($0.name)' of '\(operation.name)'") }
            result += operation.responseFields.filter { !$0.covered }
                .map { ($0.location, "response field '\($0.name)' of '\(operation.name)'") }
        }
        return result
    }

    /// Whether anything documented is not covered.
    var hasGaps: Bool { self.totals.names.covered < self.totals.names.documented }
}
