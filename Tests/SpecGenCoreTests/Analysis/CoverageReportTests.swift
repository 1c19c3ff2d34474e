import Foundation
import Testing

@testable import SpecGenCore

/// Coverage of a docs index: counts, percentages, the three output forms and the threshold.
@Suite struct CoverageReportTests {
    private static func report(_ fixture: String) throws -> CoverageReport {
        try SpecGen.coverage(directories: [FixturePaths.spec(fixture)])
    }

    @Test func countsEveryDocumentedNameOfAFixtureWithKnownGaps() throws {
        let service = try #require(try Self.report("coverage-gaps").services.first)
        #expect(service.operations.map(\.status) == [.present, .mismatched, .missing])
        let totals = service.totals
        #expect(totals.operations == tally(covered: 1, documented: 3))
        #expect(totals.parameters == tally(covered: 3, documented: 4))
        #expect(totals.responseFields == tally(covered: 2, documented: 4))
        #expect(totals.names == tally(covered: 6, documented: 11))
        #expect(totals.percent == 54.55)
        #expect(service.undocumented.map(\.name) == ["CancelTask"])
        let describe = service.operations[0]
        #expect(describe.parameters.map { "\($0.name)=\($0.covered)" } == ["ClusterId=true", "detail_level=false"])
        #expect(
            describe.responseFields.map { "\($0.name)=\($0.covered)" }
                == ["cluster_id=true", "tags.key=true", "tags.owner=false", "master.instance_type=false"])
    }

    @Test(arguments: [("coverage-gaps", 5), ("docs-index-attributes", 12)])
    func lintReportsExactlyTheCoverageGaps(fixture: String, count: Int) throws {
        let directory = FixturePaths.spec(fixture)
        let service = try SpecGen.coverage(directory: directory)[0]
        #expect(service.gapDiagnostics == (try SpecGen.checkDocsIndex(directory: directory)))
        #expect(service.gapDiagnostics.count == count)
        let lint = SpecGen.lint(directories: [directory]).diagnostics
        #expect(Set(lint) == Set(service.gapDiagnostics))
    }

    @Test(arguments: ["coverage-gaps", "docs-index-attributes"], ReportFormat.allCases)
    func outputMatchesTheGoldenFile(fixture: String, format: ReportFormat) throws {
        let actual = try Self.report(fixture).rendered(as: format)
            .replacingOccurrences(of: FixturePaths.root + "/", with: "")
        let suffix = [ReportFormat.text: "txt", .markdown: "md", .json: "json"][format] ?? ""
        let file = "\(FixturePaths.spec(fixture))/expected.\(suffix)"
        let expected = try String(contentsOfFile: file, encoding: .utf8)
        #expect(actual == expected, "\(Self.diff(expected: expected, actual: actual))")
    }

    @Test func jsonRoundTripsAndKeepsItsFieldNames() throws {
        let report = try Self.report("coverage-gaps")
        let decoded = try JSONDecoder().decode(CoverageReport.self, from: Data(report.json().utf8))
        #expect(decoded == report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "services"])
    }

    @Test(
        arguments: [
            (nil, true), (0.0, true), (54.0, true), (54.5, true), (54.55, false), (60.0, false), (100.0, false),
        ] as [(Double?, Bool)])
    func thresholdComparesTheExactRatio(minimum: Double?, passes: Bool) throws {
        // 6 of 11 names is 54.5454…%: at or above 54.5, below 54.55 although that is the rounded figure.
        #expect(try Self.report("coverage-gaps").passes(minimum: minimum) == passes)
    }

    @Test func everyServiceMustMeetTheThreshold() throws {
        let complete = try SpecGen.coverage(directory: FixturePaths.spec("docs-index-complete"))[0]
        let gaps = try SpecGen.coverage(directory: FixturePaths.spec("coverage-gaps"))[0]
        #expect(complete.totals.percent == 100)
        #expect(CoverageReport(services: [complete]).passes(minimum: 100))
        #expect(!CoverageReport(services: [complete, gaps]).passes(minimum: 100))
        #expect(CoverageReport(services: [complete, gaps]).passes(minimum: 50))
    }

    @Test func unreadableInputsAreErrorsOfEveryFolder() throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try SpecGen.coverage(directories: [FixturePaths.spec("broken-syntax"), FixturePaths.spec("roa-minimal")])
        }
        let lines = error.diagnostics.filter { $0.severity == .error }
            .map { $0.description.replacingOccurrences(of: FixturePaths.root + "/", with: "") }
        #expect(lines.contains { $0.hasPrefix("broken-syntax/groups/a.yaml:6:1: error: YAML syntax error") })
        #expect(lines.contains("roa-minimal:1:1: error: no docs index: coverage needs 'roa-minimal/docs-index/*.yaml'"))
    }

    /// The repository's own specs cover their docs indexes completely.
    @Test(arguments: FixturePaths.repositoryServices)
    func repositorySpecIsFullyCovered(directory: String) throws {
        let coverage = try SpecGen.coverage(directory: directory)[0]
        #expect(coverage.totals.percent == 100, "\(coverage.text())")
        #expect(coverage.totals.operations.documented > 0)
        #expect(coverage.totals.names.covered == coverage.totals.names.documented)
    }

    private func tally(covered: Int, documented: Int) -> CoverageReport.Tally {
        CoverageReport.Tally(covered: covered, documented: documented)
    }

    /// A line diff: each differing line with its number, expected then actual.
    private static func diff(expected: String, actual: String) -> String {
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for number in 0..<max(left.count, right.count) {
            let old = number < left.count ? left[number] : nil
            let new = number < right.count ? right[number] : nil
            guard old != new else { continue }
            lines.append("line \(number + 1):")
            lines.append("  - \(old ?? "<none>")")
            lines.append("  + \(new ?? "<none>")")
        }
        return "output differs from the golden file:\n" + lines.joined(separator: "\n")
    }
}
