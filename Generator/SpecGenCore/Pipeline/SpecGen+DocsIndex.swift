extension SpecGen {
    /// Checks a spec folder against its docs index (`docs-index/*.yaml`): every documented operation,
    /// parameter and response field must be described by the spec.
    ///
    /// - Parameter directory: The spec folder, as diagnostics should name it.
    /// - Returns: One error per gap, at the name in the docs index; empty when the folder has no docs index.
    /// - Throws: ``DiagnosticsError`` when the spec or the index cannot be read.
    public static func checkDocsIndex(directory: String) throws(DiagnosticsError) -> [Diagnostic] {
        guard let index = try DocsIndex.load(directory: directory) else { return [] }
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        guard let assembled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        return DocsIndexCheck(spec: assembled).diagnostics(for: index)
    }
}
