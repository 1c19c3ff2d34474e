extension SpecGen {
    /// Loads a spec folder as lowering reads it: like ``load(directory:)``, but every `$ref` with
    /// vendor extensions beside it becomes a one-element `allOf` carrying them, since OpenAPIKit
    /// drops a reference's extensions (`items: {$ref: NodePara.yaml, x-json-string: true}`).
    ///
    /// For tools and tests that read the same vendor extensions the generator does; read `allOf: [X]`
    /// as X.
    /// - Parameter directory: The spec folder, as it should appear in diagnostics.
    /// - Returns: The merged, decoded document with its source map.
    /// - Throws: ``DiagnosticsError`` with every error found.
    public static func loadKeepingReferenceExtensions(directory: String) throws(DiagnosticsError) -> LoadedSpec {
        let loader = SpecLoader()
        let (assembled, diagnostics) = loader.assemble(directory: directory)
        guard var assembled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        assembled.root = assembled.root.liftingReferenceExtensions()
        return try loader.decode(assembled)
    }
}
