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
        StandardError.write(line: Self.summary(report, folders: self.directories.count))
        if report.failed(warningsAsErrors: self.warningsAsErrors) { throw ExitCode.failure }
    }

    /// `specgen lint: 3 spec folders, no errors, 1 warning (load, rules, reading, lowering, docs index)`.
    static func summary(_ report: LintReport, folders: Int) -> String {
        func count(_ number: Int, _ noun: String) -> String {
            number == 0 ? "no \(noun)s" : number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
        }
        return "specgen lint: \(folders == 1 ? "1 spec folder" : "\(folders) spec folders"), "
            + "\(count(report.errorCount, "error")), \(count(report.warningCount, "warning")) "
            + "(checked as the build checks them: load, rules, reading, lowering; and the docs index)"
    }
}
