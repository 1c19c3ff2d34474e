import SpecGenCore

/// `specgen diff <base> <head> [--format text|markdown|json] [--fail-on breaking|any]`: what a spec
/// change means for clients of the generated library.
struct DiffCommand: Subcommand {
    static let name = "diff"
    static let abstract = "Classify the changes between two versions of a spec for clients of the generated library."
    static let usage = "specgen diff <base> <head> [--format text|markdown|json] [--fail-on breaking|any]"
    static let details = """
        Arguments:
          <base>                  The old spec: a folder or GITREF:PATH.
          <head>                  The new spec: a folder or GITREF:PATH.

        Options:
          --format <format>       Output format: text (default), markdown or json.
          --fail-on <level>       Exit 1 on breaking changes (default), or on any non-documentation change (any).

        GITREF:PATH is read from git (e.g. origin/main:spec/alibaba-ack, PATH from the repository root).
        The report goes to standard output. Exit status: 0 when nothing reaches --fail-on, 1 when
        something does, 2 for a usage error or an unreadable spec (diagnostics go to standard error as
        file:line:column: error: message).
        """
    static let valueOptions: [String: Character?] = ["format": nil, "fail-on": nil]
    static let flags: Set<String> = []

    let base: String
    let head: String
    let format: ReportFormat
    let level: SpecDiff.FailLevel

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 2 else {
            throw UsageError("expected two specs, <base> and <head>, got \(arguments.positionals.count)")
        }
        self.base = arguments.positionals[0]
        self.head = arguments.positionals[1]
        self.format = try ReportFormat.parse(arguments.value("format"))
        let failOn = arguments.value("fail-on") ?? "breaking"
        guard let level = SpecDiff.FailLevel(rawValue: failOn) else {
            throw UsageError("unknown --fail-on level '\(failOn)'; use breaking or any")
        }
        self.level = level
    }

    func run() -> Int32 {
        let diff: SpecDiff
        do {
            diff = try SpecGen.diff(
                base: SpecDiffSource(argument: self.base), head: SpecDiffSource(argument: self.head))
        } catch {
            Output.error(error.diagnostics)
            return 2
        }
        Output.write(diff.rendered(as: self.format))
        return diff.exitStatus(failingOn: self.level)
    }
}
