extension SpecGen {
    /// Checks spec folders as the build does (load, every validation rule, reading, lowering), plus the
    /// docs index when there is one.
    ///
    /// Every problem is reported, not only the first: syntax errors of every file, every bad `$ref`,
    /// every rule's findings, every problem lowering finds (see ``check(directory:specPath:rules:)``).
    ///
    /// - Parameters:
    ///   - directories: Spec folders, as they should appear in diagnostics (e.g. `spec/alibaba-ack`).
    ///   - rules: The rules to run; all of them by default.
    /// - Returns: All diagnostics, sorted by location.
    public static func lint(
        directories: [String], rules: [any ValidationRule] = ValidationRules.all
    ) -> LintReport {
        let collector = CollectingDiagnostics()
        for directory in directories {
            Self.lint(directory: directory, rules: rules, into: collector)
        }
        return LintReport(diagnostics: collector.diagnostics)
    }

    /// Checks one spec folder, sending each diagnostic to a collector.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as it should appear in diagnostics.
    ///   - rules: The rules to run.
    ///   - collector: Receives every diagnostic.
    public static func lint(
        directory: String, rules: [any ValidationRule] = ValidationRules.all, into collector: CollectingDiagnostics
    ) {
        let checked = Self.check(directory: directory, rules: rules)
        collector.emit(checked.diagnostics)
        guard let document = checked.document else { return }
        do {
            if let index = try DocsIndex.load(directory: directory) {
                collector.emit(DocsIndexCheck(document: document).diagnostics(for: index))
                let sdk = try DocsIndex.load(directory: directory, kind: .sdk)
                collector.emit(SourceCheck(document: document).diagnostics(reference: index, sdk: sdk))
            }
        } catch {
            collector.emit(error.diagnostics)
        }
    }
}
