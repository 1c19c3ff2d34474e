import SpecGenCore

/// `specgen drift RECORDS... SPEC-DIR... [--format text|markdown|json] [--apply]`: drift records from
/// generated clients against the specs, as diagnostics and spec edits.
struct DriftCommand: Subcommand {
    static let name = "drift"
    static let abstract = "Turn drift records from clients into diagnostics on the specs and, with --apply, spec edits."
    static let usage = "specgen drift <records>... <spec-dir>... [--format text|markdown|json] [--apply]"
    static let details = """
        Arguments:
          <records>...            Record files (NDJSON), e.g. drift.ndjson.
          <spec-dir>...           Spec folders, one per service, e.g. spec/alibaba-ack.

        Options:
          --format <format>       Output format: text (default), markdown or json.
          --apply                 Edit the spec files so that they allow what the server sent; nothing is
                                  written on any error.

        Folders are spec folders; any other argument is a record file. The report goes to standard
        output. Exit status: 0 when the records contradict nothing (or --apply fixed everything), 1 when
        drift remains or on a bad record file, an unknown operation or a spec that does not lint
        (diagnostics go to standard error as file:line:column: error: message), 2 for a usage error.
        """
    static let valueOptions: [String: Character?] = ["format": nil]
    static let flags: Set<String> = ["apply"]

    let records: [String]
    let directories: [String]
    let format: ReportFormat
    let apply: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        (self.records, self.directories) = SpecGen.driftInputs(arguments.positionals)
        guard !self.records.isEmpty else { throw UsageError("give at least one record file") }
        guard !self.directories.isEmpty else { throw UsageError("give at least one spec folder") }
        self.format = try ReportFormat.parse(arguments.value("format"))
        self.apply = arguments.flag("apply")
    }

    func run() -> Int32 {
        let report: DriftReport
        do {
            report = try SpecGen.drift(records: self.records, directories: self.directories, apply: self.apply)
        } catch {
            Output.error(error.diagnostics)
            return DriftReport.errorExitStatus
        }
        Output.write(report.rendered(as: self.format))
        return report.exitStatus
    }
}
