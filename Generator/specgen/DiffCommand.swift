import ArgumentParser
import Foundation
import SpecGenCore

/// `specgen diff <base> <head> [--format text|markdown|json] [--fail-on breaking|any]`: what a spec
/// change means for clients of the generated library.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Classify the changes between two versions of a spec for clients of the generated library.",
        discussion: """
            Each side is a spec folder or GITREF:PATH read from git (e.g. origin/main:spec/alibaba-ack, \
            PATH from the repository root). The report goes to standard output. Exit status: 0 when \
            nothing reaches --fail-on (default breaking), 1 when something does, 2 for a bad option or \
            an unreadable spec (diagnostics go to standard error as file:line:column: error: message).
            """)

    @Argument(help: "The old spec: a folder or GITREF:PATH.")
    var base: String

    @Argument(help: "The new spec: a folder or GITREF:PATH.")
    var head: String

    // Strings, validated here, so a bad value exits 2 like every other input error.
    @Option(help: "Output format: text, markdown or json.")
    var format = "text"

    @Option(
        help: ArgumentHelp("Exit 1 on breaking changes, or on any non-documentation change.", valueName: "breaking|any")
    )
    var failOn = "breaking"

    func run() throws {
        guard let format = ReportFormat(rawValue: self.format) else {
            throw Self.usage("unknown format '\(self.format)'; use text, markdown or json")
        }
        guard let level = SpecDiff.FailLevel(rawValue: self.failOn) else {
            throw Self.usage("unknown --fail-on level '\(self.failOn)'; use breaking or any")
        }
        let diff: SpecDiff
        do {
            diff = try SpecGen.diff(
                base: SpecDiffSource(argument: self.base), head: SpecDiffSource(argument: self.head))
        } catch {
            StandardError.write(error.diagnostics)
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(diff.rendered(as: format).utf8))
        let status = diff.exitStatus(failingOn: level)
        if status != 0 { throw ExitCode(status) }
    }

    /// Writes a usage error and returns the exit status for it.
    private static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(
            Data(
                "error: \(message)\nUsage: specgen diff <base> <head> [--format text|markdown|json] [--fail-on breaking|any]\n"
                    .utf8))
        return ExitCode(2)
    }
}
