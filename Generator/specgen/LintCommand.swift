import SpecGenCore

/// `specgen lint <spec-dir>...`: every problem of the spec folders, as `file:line:column: error: message`.
struct LintCommand: Subcommand {
    static let name = "lint"
    static let abstract = "Check spec folders and print every problem found."
    static let usage = "specgen lint <spec-dir>... [--warnings-as-errors]"
    static let details = """
        Arguments:
          <spec-dir>...           Spec folders, e.g. spec/alibaba-ack or spec/* (files are skipped).

        Options:
          --warnings-as-errors    Treat warnings as errors (exit 1 on any warning).

        Diagnostics go to standard error, sorted by file and line, then a summary line.
        Exit status: 0 when no error was found, 1 when one was, 2 for a usage error.
        """
    static let valueOptions: [String: Character?] = [:]
    static let flags: Set<String> = ["warnings-as-errors"]

    let directories: [String]
    let warningsAsErrors: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        self.directories = try arguments.specFolders()
        self.warningsAsErrors = arguments.flag("warnings-as-errors")
    }

    func run() -> Int32 {
        let report = SpecGen.lint(directories: self.directories)
        Output.error(report.diagnostics)
        Output.error(line: Self.summary(report, folders: self.directories.count))
        return report.failed(warningsAsErrors: self.warningsAsErrors) ? 1 : 0
    }

    /// `specgen lint: 3 spec folders, no errors, 1 warning (load, reading, rules, lowering, docs index)`.
    static func summary(_ report: LintReport, folders: Int) -> String {
        func count(_ number: Int, _ noun: String) -> String {
            number == 0 ? "no \(noun)s" : number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
        }
        return "specgen lint: \(folders == 1 ? "1 spec folder" : "\(folders) spec folders"), "
            + "\(count(report.errorCount, "error")), \(count(report.warningCount, "warning")) "
            + "(checked as the build checks them: load, reading, rules, lowering; and the docs index)"
    }
}
