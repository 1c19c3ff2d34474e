extension SpecGen {
    /// Bundles a spec folder into one standard OpenAPI 3.1 document.
    ///
    /// The document is the merged tree: groups' paths and tags, schema files under `components/schemas`,
    /// file `$ref`s rewritten to `#/components/schemas/<Name>`, key order as written. The folder must load
    /// (merge and read) without errors; validation rules are `lint`'s business and do not block a bundle.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as it should appear in diagnostics.
    ///   - format: JSON (the default) or YAML.
    /// - Returns: The document text.
    /// - Throws: ``DiagnosticsError`` with every loading problem.
    public static func bundle(directory: String, format: BundleFormat = .json) throws(DiagnosticsError) -> String {
        let assembled = try Self.read(directory: directory).assembled
        return SpecBundler().render(assembled, format: format)
    }
}
