import ArgumentParser
import SpecGenCore

/// `specgen lint <spec-dir>...`: every problem of the spec folders, as `file:line:column: error: message`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check spec folders and print every problem found.",
        discussion: "Diagnostics go to standard error, sorted by file and line. Exits 1 if any error was found.")

    @Argument(help: "Spec folders, e.g. spec/alibaba-ack.")
    var directories: [String]

    @Flag(help: "Treat warnings as errors (exit 1 on any warning).")
    var warningsAsErrors = false

    func run() throws {
        let report = SpecGen.lint(directories: self.directories)
        StandardError.write(report.diagnostics)
        if report.failed(warningsAsErrors: self.warningsAsErrors) { throw ExitCode.failure }
    }
}
