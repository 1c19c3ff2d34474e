extension CoverageReport {
    /// The pull-request form: a heading and summary table per service, then its gaps and the operations
    /// the index does not list, each in a collapsible `<details>` block.
    public func markdown() -> String {
        self.services.map { $0.markdown() }.joined(separator: "\n")
    }
}

extension CoverageReport.Service {
    func markdown() -> String {
        let totals = self.totals
        var lines = [
            "### Spec coverage: `\(self.title)`", "",
            "| | covered | documented | |",
            "|---|---:|---:|---:|",
        ]
        for (title, tally) in [
            ("operations", totals.operations), ("parameters", totals.parameters),
            ("response fields", totals.responseFields),
        ] {
            lines.append("| \(title) | \(tally.covered) | \(tally.documented) | \(Self.percent(tally)) |")
        }
        lines.append(
            "| **all names** | **\(totals.names.covered)** | **\(totals.names.documented)** | **\(CoverageReport.percent(totals.percent))** |"
        )
        let attributes = totals.attributes
        lines += [
            "", "| attributes | agree | recorded | differ | unchecked | documented | |",
            "|---|---:|---:|---:|---:|---:|---:|",
            "| all | \(attributes.agrees) | \(attributes.recorded) | \(attributes.differs) | \(attributes.unchecked) "
                + "| \(attributes.documented) | \(CoverageReport.percent(attributes.percent)) |",
        ]
        let gaps = self.gaps
        if !gaps.isEmpty {
            lines += ["", "<details><summary>\(gaps.count) gap\(gaps.count == 1 ? "" : "s")</summary>", ""]
            lines += gaps.map { "- `\($0.location.sourceLocation)`: \(Self.escaped($0.line))" }
            lines += ["", "</details>"]
        }
        if !self.undocumented.isEmpty {
            let count = self.undocumented.count
            lines += [
                "", "<details><summary>\(count) operation\(count == 1 ? "" : "s") undocumented in the index</summary>",
                "",
            ]
            lines += self.undocumented.map { "- `\($0.name)` (`\($0.location.sourceLocation)`)" }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func percent(_ tally: CoverageReport.Tally) -> String {
        let value =
            tally.documented == 0 ? 100 : (Double(tally.covered) * 1000 / Double(tally.documented)).rounded() / 10
        return CoverageReport.percent(value)
    }

    /// Text safe inside a list item: markdown and HTML specials escaped, quoted names kept readable.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "*", "_", "`", "|", "[", "]", "\\": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }
}
