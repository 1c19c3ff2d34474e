extension CoverageReport {
    /// The terminal form: per service the name and attribute coverage, an aligned table of operations
    /// (status, parameters, response fields, attributes that agree or are recorded differences), the
    /// totals, each gap at its `file:line:column` (in the index, or in the spec for a stale
    /// `x-reference`), and the spec's operations the index does not list.
    public func text() -> String {
        self.services.map { $0.text() }.joined(separator: "\n")
    }
}

extension CoverageReport.Service {
    func text() -> String {
        var rows = [["operation", "status", "parameters", "response fields", "attributes"]]
        for operation in self.operations {
            rows.append([
                operation.name, operation.status.rawValue,
                CoverageReport.fraction(CoverageReport.Tally(operation.parameters.map(\.covered))),
                CoverageReport.fraction(CoverageReport.Tally(operation.responseFields.map(\.covered))),
                CoverageReport.fraction(CoverageReport.AttributeTally(operation.attributeChecks)),
            ])
        }
        let totals = self.totals
        rows.append([
            "total", "\(CoverageReport.fraction(totals.operations)) present",
            CoverageReport.fraction(totals.parameters),
            CoverageReport.fraction(totals.responseFields), CoverageReport.fraction(totals.attributes),
        ])
        var lines = [
            "\(self.title): \(CoverageReport.percent(totals.percent)) (\(CoverageReport.fraction(totals.names)) names); "
                + "attributes: \(CoverageReport.summary(totals.attributes))"
        ]
        lines += Self.aligned(rows).map { "  " + $0 }
        let gaps = self.gaps
        if !gaps.isEmpty {
            lines.append("gaps:")
            lines += gaps.map { "  \($0.location.sourceLocation): \($0.line)" }
        }
        if !self.undocumented.isEmpty {
            lines.append("undocumented in the index:")
            lines += self.undocumented.map { "  \($0.location.sourceLocation): \($0.name)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows padded into columns two spaces apart, with no trailing spaces.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated()
                .map { column, cell in
                    column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }
                .joined(separator: "  ")
        }
    }
}
