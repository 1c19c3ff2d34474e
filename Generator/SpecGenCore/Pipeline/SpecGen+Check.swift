extension SpecGen {
    /// What every stage before translation found in one spec folder.
    public struct CheckedSpec: Sendable {
        /// The merged tree; nil when the folder has no usable root document.
        public var assembled: AssembledSpec?
        /// The folder read into typed values; nil when the folder has no usable root document.
        public var document: SpecDocument?
        /// The SDK model; nil when any stage reported an error.
        public var model: ServiceModel?
        /// Every problem found, sorted by location, each reported once.
        public var diagnostics: [Diagnostic]

        /// Whether any stage reported an error.
        public var hasErrors: Bool { self.diagnostics.contains { $0.severity == .error } }
    }

    /// Loads, validates, reads and lowers a spec folder: every stage that can find a problem, run the
    /// same way by `specgen lint` and by the build, so that a clean lint means a clean build.
    ///
    /// All problems are reported at once. The vendor extensions' shape and the validation rules are
    /// checked on every folder that merged; the rest of reading, and lowering, count when it merged
    /// without errors, and a problem they find that only restates a rule's error is left out (see
    /// ``FollowOnErrors``; the rule's message is the clearer one).
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    ///   - specPath: How generated comments cite the folder; nil derives it (see ``citedPath(for:)``).
    ///   - rules: The validation rules to run; all of them by default.
    /// - Returns: The stages' results and every diagnostic.
    public static func check(
        directory: String, specPath: String? = nil, rules: [any ValidationRule] = ValidationRules.all
    ) -> CheckedSpec {
        let (assembled, loadDiagnostics) = SpecLoader().assemble(directory: directory)
        guard let assembled else { return CheckedSpec(diagnostics: loadDiagnostics) }
        return Self.check(
            assembled, loadDiagnostics: loadDiagnostics, specPath: specPath ?? Self.citedPath(for: directory),
            rules: rules)
    }

    /// Checks a merged tree: the stages of ``check(directory:specPath:rules:)`` after loading.
    static func check(
        _ assembled: AssembledSpec, loadDiagnostics: [Diagnostic], specPath: String,
        rules: [any ValidationRule] = ValidationRules.all
    ) -> CheckedSpec {
        let read = SpecReader.read(assembled)
        let ruleDiagnostics =
            read.extensionDiagnostics + ValidationRules.run(rules, on: assembled, document: read.document)
        var checked = CheckedSpec(
            assembled: assembled, document: read.document, diagnostics: loadDiagnostics + ruleDiagnostics)
        guard !loadDiagnostics.contains(where: { $0.severity == .error }) else {
            checked.diagnostics = checked.diagnostics.sortedByLocation()
            return checked
        }
        let lowered = Lowering.lower(read.document, specPath: specPath)
        let followOn = FollowOnErrors(tree: assembled.root, reported: ruleDiagnostics)
        let later = (read.diagnostics + lowered.diagnostics).filter { !followOn.isFollowOn($0) }
        checked.diagnostics = (checked.diagnostics + later).sortedByLocation()
        checked.model = checked.hasErrors ? nil : lowered.model
        return checked
    }

    /// Checks a spec folder and returns its model.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as it should appear in diagnostics.
    ///   - specPath: How generated comments cite the folder; nil derives it.
    /// - Returns: The model, the read document, the merged tree and the warnings found on the way.
    /// - Throws: ``DiagnosticsError`` with every diagnostic when any stage reported an error.
    public static func lower(
        directory: String, specPath: String? = nil
    ) throws(DiagnosticsError) -> (
        model: ServiceModel, document: SpecDocument, assembled: AssembledSpec, warnings: [Diagnostic]
    ) {
        let checked = Self.check(directory: directory, specPath: specPath)
        guard let model = checked.model, let document = checked.document, let assembled = checked.assembled else {
            throw DiagnosticsError(checked.diagnostics)
        }
        return (model, document, assembled, checked.diagnostics)
    }
}
