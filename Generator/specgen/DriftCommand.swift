import ArgumentParser
import Foundation
import SpecGenCore

/// `specgen drift RECORDS... SPEC-DIR... [--format text|markdown|json] [--apply]`: drift records from
/// generated clients against the specs, as diagnostics and spec edits.
struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Turn drift records from clients into diagnostics on the specs and, with --apply, spec edits.",
        discussion: """
            Folders are spec folders (one per service); any other argument is an NDJSON record file, e.g. \
            specgen drift drift.ndjson spec/alibaba-ack spec/kingsoft-kce. The report goes to standard output. \
            Exit status: 0 when the records contradict nothing (or --apply fixed everything), 1 when drift \
            remains or on a bad record file, an unknown operation or a spec that does not lint (diagnostics \
            go to standard error as file:line:column: error: message), 2 for a bad option.
            """)

    @Argument(help: "Record files (NDJSON) and spec folders.")
    var inputs: [String] = []

    // A string, validated here, so a bad value exits 2 like every other input error.
    @Option(help: "Output format: text, markdown or json.")
    var format = "text"

    @Flag(help: "Edit the spec files so that they allow what the server sent; nothing is written on any error.")
    var apply = false

    func run() throws {
        guard let format = ReportFormat(rawValue: self.format) else {
            throw Self.usage("unknown format '\(self.format)'; use text, markdown or json")
        }
        let (records, directories) = SpecGen.driftInputs(self.inputs)
        guard !records.isEmpty else { throw Self.usage("give at least one record file") }
        guard !directories.isEmpty else { throw Self.usage("give at least one spec folder") }
        let report: DriftReport
        do {
            report = try SpecGen.drift(records: records, directories: directories, apply: self.apply)
        } catch {
            StandardError.write(error.diagnostics)
            throw ExitCode(DriftReport.errorExitStatus)
        }
        FileHandle.standardOutput.write(Data(report.rendered(as: format).utf8))
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }

    /// Writes a usage error and returns the exit status for it.
    private static func usage(_ message: String) -> ExitCode {
        let usage = "Usage: specgen drift <records>... <spec-dir>... [--format text|markdown|json] [--apply]"
        FileHandle.standardError.write(Data("error: \(message)\n\(usage)\n".utf8))
        return ExitCode(2)
    }
}
