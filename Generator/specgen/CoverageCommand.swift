import SpecGenCore

/// `specgen coverage <spec-dir>... [--format text|markdown|json] [--min PERCENT] [--min-sdk PERCENT]`: how
/// much of each service's docs index, and of its SDK index, its spec describes.
struct CoverageCommand: Subcommand {
    static let name = "coverage"
    static let abstract = "Report how much of each service's docs index and SDK index its spec describes."
    static let usage =
        "specgen coverage <spec-dir>... [--format text|markdown|json] [--min PERCENT] [--min-sdk PERCENT]"
    static let details = """
        Arguments:
          <spec-dir>...           Spec folders, e.g. spec/alibaba-ack or spec/* (files are skipped).

        Options:
          --format <format>       Output format: text (default), markdown or json.
          --min <percent>         Fail (exit 1) when a service covers less of its docs index (the
                                  vendor reference) than this percentage.
          --min-sdk <percent>     Fail (exit 1) when a service covers less of its SDK index (the
                                  vendor's current SDK, sdk-index/) than this percentage.

        A folder with an sdk-index/ is reported twice: against the reference, then against the SDK.
        The report goes to standard output. Exit status: 0 when every service is at or above its
        minimum (or none is given), 1 when one is below, 2 for a usage error or an unreadable spec or
        index (diagnostics go to standard error as file:line:column: error: message).
        """
    static let valueOptions: [String: Character?] = ["format": nil, "min": nil, "min-sdk": nil]
    static let flags: Set<String> = []

    let directories: [String]
    let format: ReportFormat
    let minimum: Double?
    let sdkMinimum: Double?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        self.directories = try arguments.specFolders()
        self.format = try ReportFormat.parse(arguments.value("format"))
        self.minimum = try Self.percentage(arguments, "min")
        self.sdkMinimum = try Self.percentage(arguments, "min-sdk")
    }

    private static func percentage(_ arguments: ParsedArguments, _ option: String) throws(UsageError) -> Double? {
        try arguments.value(option).map { text throws(UsageError) in
            guard let value = Double(text), value.isFinite, (0...100).contains(value) else {
                throw UsageError("--\(option) needs a percentage from 0 to 100, got '\(text)'")
            }
            return value
        }
    }

    func run() -> Int32 {
        let report: CoverageReport
        do {
            report = try SpecGen.coverage(directories: self.directories)
        } catch {
            Output.error(error.diagnostics)
            return 2
        }
        Output.write(report.rendered(as: self.format))
        return report.passes(minimum: self.minimum, sdkMinimum: self.sdkMinimum) ? 0 : 1
    }
}

extension ReportFormat {
    /// The `--format` value, text when none is given.
    static func parse(_ text: String?) throws(UsageError) -> ReportFormat {
        guard let text else { return .text }
        guard let format = ReportFormat(rawValue: text) else {
            throw UsageError("unknown format '\(text)'; use text, markdown or json")
        }
        return format
    }
}
