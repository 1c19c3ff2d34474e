@testable import SpecGenCore

/// Runs `lint` on fixture folders and returns its lines with paths relative to the Fixtures folder.
enum LintOutput {
    static func lines(_ fixtures: String...) -> [String] {
        let report = SpecGen.lint(directories: fixtures.map(FixturePaths.spec))
        return report.diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
            .map { $0.replacingOccurrences(of: FixturePaths.root + "/", with: "") }
    }
}
