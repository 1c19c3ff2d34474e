import Foundation

extension CoverageReport: RenderableReport {
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
