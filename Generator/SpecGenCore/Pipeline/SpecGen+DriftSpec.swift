extension SpecGen {
    /// Loads a spec folder for `specgen drift`: it must lint cleanly (every rule, the docs index, lowering).
    ///
    /// - Parameter directory: The spec folder, as diagnostics should name it.
    /// - Returns: The model and the merged tree the edits are made from.
    /// - Throws: ``DiagnosticsError`` with the lint's diagnostics (warnings included) or lowering's errors.
    public static func driftSpec(directory: String) throws(DiagnosticsError) -> DriftSpec {
        let lint = Self.lint(directories: [directory])
        guard !lint.failed() else { throw DiagnosticsError(lint.diagnostics) }
        let lowered = try Self.lower(directory: directory)
        return DriftSpec(directory: lowered.assembled.directory, model: lowered.model, root: lowered.assembled.root)
    }
}
