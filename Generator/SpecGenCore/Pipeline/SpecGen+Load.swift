extension SpecGen {
    /// Loads a spec folder into one OpenAPI 3.1 document with the map back to its files.
    ///
    /// Reads `openapi.yaml`, every `groups/*.yaml` and every `schemas/*.yaml`, merges them and rewrites
    /// file `$ref`s to `#/components/schemas/<Name>`, then decodes the result with OpenAPIKit.
    ///
    /// - Parameter directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    /// - Returns: The merged document and its source map.
    /// - Throws: ``DiagnosticsError`` with every problem found, each at its file, line and column.
    public static func load(directory: String) throws(DiagnosticsError) -> LoadedSpec {
        try SpecLoader().load(directory: directory)
    }
}
