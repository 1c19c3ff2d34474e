/// What `lint` found in one or more spec folders.
public struct LintReport: Sendable {
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// How many errors.
    public var errorCount: Int { self.diagnostics.count { $0.severity == .error } }

    /// How many warnings.
    public var warningCount: Int { self.diagnostics.count { $0.severity == .warning } }

    /// Whether the lint failed: any error, or any warning when warnings count as errors.
    public func failed(warningsAsErrors: Bool = false) -> Bool {
        self.errorCount > 0 || (warningsAsErrors && self.warningCount > 0)
    }
}
