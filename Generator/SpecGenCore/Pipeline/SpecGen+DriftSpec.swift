extension SpecGen {
    /// Loads a spec folder for `specgen drift`: it must lint cleanly (every rule, the docs index, decoding)
    /// and lower as `specgen generate` lowers it.
    ///
    /// - Parameter directory: The spec folder, as diagnostics should name it.
    /// - Returns: The model and the merged tree the edits are made from.
    /// - Throws: ``DiagnosticsError`` with the lint's diagnostics (warnings included) or lowering's errors.
    public static func driftSpec(directory: String) throws(DiagnosticsError) -> DriftSpec {
        let lint = Self.lint(directories: [directory])
        guard !lint.failed() else { throw DiagnosticsError(lint.diagnostics) }
        let loader = SpecLoader()
        let (assembled, diagnostics) = loader.assemble(directory: directory)
        guard let assembled else { throw DiagnosticsError(diagnostics) }
        var lifted = assembled
        lifted.root = assembled.root.liftingReferenceExtensions()
        let lowered = Lowering.lower(try loader.decode(lifted), specPath: Self.citedPath(for: directory))
        guard let model = lowered.model else { throw DiagnosticsError(lowered.diagnostics) }
        return DriftSpec(directory: assembled.directory, model: model, root: assembled.root)
    }
}
