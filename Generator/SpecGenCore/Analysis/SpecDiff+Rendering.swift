import Foundation

extension SpecDiff: RenderableReport {
    /// `N breaking, M non-breaking` plus documentation-only changes when there are any.
    public var summaryLine: String {
        var line = "\(self.summary.breaking) breaking, \(self.summary.nonBreaking) non-breaking"
        if self.summary.documentation > 0 { line += ", \(self.summary.documentation) documentation" }
        return line
    }

    /// The terminal form: the summary, then per service its changes grouped by impact and its
    /// public symbol changes.
    public func text() -> String {
        var lines = [self.summaryLine]
        for service in self.services {
            lines += ["", "\(service.name): \(service.base) -> \(service.head)"]
            if service.changes.isEmpty { lines.append("  no changes") }
            for impact in Impact.allCases {
                let changes = service.changes.filter { $0.impact == impact }
                guard !changes.isEmpty else { continue }
                lines.append("  \(impact.rawValue) (\(changes.count)):")
                lines += changes.map { "    \($0.subject): \($0.detail) [\($0.kind)]" }
            }
            if !service.symbols.isEmpty {
                lines.append("  public API (\(service.symbols.count)):")
                lines += service.symbols.map { symbol in
                    if let before = symbol.before, let after = symbol.after { return "    ~ \(before)  =>  \(after)" }
                    return "    \(symbol.after == nil ? "-" : "+") \(symbol.after ?? symbol.before ?? symbol.symbol)"
                }
            }
            if let coverage = service.coverage {
                lines.append(
                    "  coverage: \(CoverageReport.percent(coverage.before)) -> \(CoverageReport.percent(coverage.after))"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The pull-request form: the summary line in bold, a change table per service, coverage, and
    /// the public symbol changes in a collapsible block.
    public func markdown() -> String {
        var lines = ["**Spec diff: \(self.summaryLine)**"]
        for service in self.services {
            lines += ["", "### `\(service.name)`: `\(service.base)` → `\(service.head)`", ""]
            if service.changes.isEmpty {
                lines.append("No changes.")
            } else {
                lines += ["| impact | subject | change | detail |", "|---|---|---|---|"]
                lines += service.changes.map {
                    "| \(Self.badge($0.impact)) | `\($0.subject)` | \($0.kind) | \(MarkdownText.tableCell($0.detail)) |"
                }
            }
            if let coverage = service.coverage {
                lines += [
                    "",
                    "Coverage: \(CoverageReport.percent(coverage.before)) → \(CoverageReport.percent(coverage.after))",
                ]
            }
            if !service.symbols.isEmpty {
                let count = service.symbols.count
                lines += [
                    "", "<details><summary>\(count) public API change\(count == 1 ? "" : "s")</summary>", "", "```diff",
                ]
                for symbol in service.symbols {
                    if let before = symbol.before { lines.append("- \(before)") }
                    if let after = symbol.after { lines.append("+ \(after)") }
                }
                lines += ["```", "", "</details>"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func badge(_ impact: Impact) -> String {
        switch impact {
        case .breaking: "**breaking**"
        case .nonBreaking: "non-breaking"
        case .documentation: "documentation"
        }
    }
}
