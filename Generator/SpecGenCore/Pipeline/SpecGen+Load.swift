extension SpecGen {
    /// Loads a spec folder and reads it into typed values, without validating or lowering it.
    ///
    /// Reads `openapi.yaml`, every `groups/*.yaml` and every `schemas/*.yaml`, merges them and rewrites
    /// file `$ref`s to `#/components/schemas/<Name>`, then reads the result (see ``SpecReader``).
    ///
    /// - Parameter directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    /// - Returns: The document, with the map back to its files.
    /// - Throws: ``DiagnosticsError`` with every problem found, each at its file, line and column.
    public static func load(directory: String) throws(DiagnosticsError) -> SpecDocument {
        try Self.read(directory: directory).document
    }

    /// Loads and reads a spec folder, keeping the merged tree as well; any error is thrown.
    static func read(
        directory: String
    ) throws(DiagnosticsError) -> (assembled: AssembledSpec, document: SpecDocument) {
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        guard let assembled, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        let read = SpecReader.read(assembled)
        let errors = read.extensionDiagnostics + read.diagnostics
        guard !errors.contains(where: { $0.severity == .error }) else { throw DiagnosticsError(errors) }
        return (assembled, read.document)
    }
}
