extension SpecGen {
    /// Checks spec folders: loading, every validation rule, the docs index when there is one, and
    /// OpenAPIKit decoding.
    ///
    /// Every problem is reported, not only the first: syntax errors of every file, every bad `$ref`,
    /// every rule's findings. Decoding runs when the folder merged cleanly; its error is dropped when a rule
    /// already reported an error at the same place (the rule's message is the clearer one).
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
        let loader = SpecLoader()
        let (assembled, loadDiagnostics) = loader.assemble(directory: directory)
        collector.emit(loadDiagnostics)
        guard let assembled else { return }
        let ruleDiagnostics = ValidationRules.run(rules, on: assembled)
        collector.emit(ruleDiagnostics)
        do {
            if let index = try DocsIndex.load(directory: directory) {
                collector.emit(DocsIndexCheck(spec: assembled).diagnostics(for: index))
            }
        } catch {
            collector.emit(error.diagnostics)
        }
        guard !loadDiagnostics.contains(where: { $0.severity == .error }) else { return }
        do {
            _ = try loader.decode(assembled)
        } catch {
            let reported = Set(ruleDiagnostics.filter { $0.severity == .error }.compactMap(\.location))
            collector.emit(error.diagnostics.filter { $0.location.map { !reported.contains($0) } ?? true })
        }
    }
}
