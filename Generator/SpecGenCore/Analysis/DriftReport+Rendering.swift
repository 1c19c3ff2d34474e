extension DriftReport: RenderableReport {
    /// `3 deviations from 12 records (2 fixable with --apply, 1 needs a manual fix); 4 records already allowed`.
    /// A record is one answer's deviation; one answer may give several records.
    public var summaryLine: String {
        var parts: [String] = []
        if self.findings.isEmpty {
            parts.append("no deviations")
        } else {
            let fixed = "\(self.summary.fixable) " + (self.applied ? "fixed" : "fixable with --apply")
            let manual = "\(self.summary.manual) need\(self.summary.manual == 1 ? "s" : "") a manual fix"
            let deviations = Self.count(self.summary.findings, "deviation")
            parts.append("\(deviations) from \(Self.count(self.summary.answers, "record")) (\(fixed), \(manual))")
        }
        if self.summary.allowed > 0 { parts.append("\(Self.count(self.summary.allowed, "record")) already allowed") }
        if self.summary.unmatched > 0 { parts.append("\(self.summary.unmatched) unmatched") }
        if self.summary.skipped > 0 { parts.append("\(self.summary.skipped) skipped") }
        return "drift: " + parts.joined(separator: "; ")
    }

    /// The terminal form: compiler-style lines, a finding's `warning:` followed by its fix as a `note:`,
    /// then unmatched records, skipped services, edited files and the summary.
    public func text() -> String {
        var lines: [String] = []
        for finding in self.findings {
            lines.append(Self.line(finding.location, "warning", finding.message))
            lines.append(Self.line(finding.fix.location ?? finding.location, "note", self.noteText(finding.fix)))
        }
        lines += self.unmatched.map { Self.line($0.location, "warning", $0.reason + Self.times($0.answers)) }
        lines += self.skipped.map {
            "note: \(Self.count($0.records, "record")) of service '\($0.service)' skipped: "
                + "no spec folder for it was given"
        }
        lines += self.edited.map { "edited \($0.file) (\(Self.count($0.changes, "change")))" }
        lines.append(self.summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The pull-request form: the summary in bold and one table row per finding.
    public func markdown() -> String {
        var lines = ["**Spec drift: \(self.summaryLine.dropFirst("drift: ".count))**"]
        if !self.findings.isEmpty {
            lines += [
                "", "| answers | where | kind | spec | server sent | operations | fix |",
                "|---|---|---|---|---|---|---|",
            ]
            for finding in self.findings {
                let place = finding.location.map { "`\($0.sourceLocation)`" } ?? ""
                let subject = finding.member.map { "`\(finding.subject)`.`\($0)`" } ?? "`\(finding.subject)`"
                let sent = finding.value.map { "`\($0)`" } ?? finding.observed ?? "absent"
                let operations = finding.operations.map { "`\($0)`" }.joined(separator: ", ")
                let cells = [
                    "\(finding.answers)", "\(place) \(subject)", finding.kind, MarkdownText.tableCell(finding.declared),
                    MarkdownText.tableCell(sent), operations, MarkdownText.tableCell(self.noteText(finding.fix)),
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        if !self.unmatched.isEmpty {
            lines += ["", "Records that do not match the spec:", ""]
            lines += self.unmatched.map {
                "- `\($0.location.sourceLocation)`: \(MarkdownText.tableCell($0.reason))\(Self.times($0.answers))"
            }
        }
        if !self.skipped.isEmpty {
            lines += [
                "",
                "Skipped (no spec folder given): "
                    + self.skipped.map { "`\($0.service)` (\($0.records))" }.joined(separator: ", "),
            ]
        }
        if !self.edited.isEmpty {
            lines += [
                "",
                "Edited: "
                    + self.edited.map { "`\($0.file)` (\(Self.count($0.changes, "change")))" }.joined(separator: ", "),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func noteText(_ fix: Fix) -> String {
        switch fix.action {
        case .edit: (self.applied ? "applied: " : "--apply: ") + fix.detail
        case .manual: "needs a manual fix: " + fix.detail
        }
    }

    private static func line(_ location: Location?, _ severity: String, _ message: String) -> String {
        (location.map { "\($0.sourceLocation): " } ?? "") + "\(severity): \(message)"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func times(_ answers: Int) -> String {
        answers == 1 ? "" : " (\(answers) records)"
    }
}
