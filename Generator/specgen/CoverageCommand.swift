import ArgumentParser
import Foundation
import SpecGenCore

/// `specgen coverage <spec-dir>... [--format text|markdown|json] [--min PERCENT]`: how much of each
/// service's docs index its spec describes.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report how much of each service's docs index its spec describes.",
        discussion: """
            The report goes to standard output. Exit status: 0 when every service is at or above --min \
            (or no --min is given), 1 when one is below it, 2 for a bad option or an unreadable spec or \
            docs index (diagnostics go to standard error as file:line:column: error: message).
            """)

    @Argument(help: "Spec folders, e.g. spec/alibaba-ack.")
    var directories: [String] = []

    // Strings, validated here, so a bad value exits 2 like every other input error.
    @Option(help: "Output format: text, markdown or json.")
    var format = "text"

    @Option(name: .customLong("min"), help: ArgumentHelp("Fail (exit 1) when a service is below this percentage.", valueName: "percent"))
    var minimum: String?

    func run() throws {
        guard !self.directories.isEmpty else { throw Self.usage("give at least one spec folder") }
        guard let format = ReportFormat(rawValue: self.format) else {
            throw Self.usage("unknown format '\(self.format)'; use text, markdown or json")
        }
        var threshold: Double?
        if let minimum = self.minimum {
            guard let value = Double(minimum), value.isFinite, (0...100).contains(value) else {
                throw Self.usage("--min needs a percentage from 0 to 100, got '\(minimum)'")
            }
            threshold = value
        }
        let report: CoverageReport
        do {
            report = try SpecGen.coverage(directories: self.directories)
        } catch {
            StandardError.write(error.diagnostics)
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(report.rendered(as: format).utf8))
        if !report.passes(minimum: threshold) { throw ExitCode.failure }
    }

    /// Writes a usage error and returns the exit status for it.
    private static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\nUsage: specgen coverage <spec-dir>... [--format text|markdown|json] [--min PERCENT]\n".utf8))
        return ExitCode(2)
    }
}
