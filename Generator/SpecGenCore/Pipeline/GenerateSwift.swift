/// The generation stages after loading: lower, translate, render. Pure; writes nothing.
extension SpecGen {
    /// Generated sources for one service, with the warnings found on the way.
    public struct GeneratedSources: Sendable {
        /// The SDK model the sources were made from.
        public var model: ServiceModel
        /// The three files, in a fixed order: client, operations, models.
        public var files: [RenderedFile]
        /// Warnings and notes (errors are thrown instead).
        public var diagnostics: [Diagnostic]
    }

    /// Turns a loaded spec into Swift sources.
    /// - Parameters:
    ///   - spec: The loaded spec folder.
    ///   - specPath: How generated comments cite the folder, e.g. `spec/alibaba-ack`.
    /// - Returns: The rendered files.
    /// - Throws: ``DiagnosticsError`` with every problem found when anything cannot be generated.
    public static func generateSources(
        from spec: LoadedSpec, specPath: String
    ) throws(DiagnosticsError) -> GeneratedSources {
        let lowered = Lowering.lower(spec, specPath: specPath)
        guard let model = lowered.model else { throw DiagnosticsError(lowered.diagnostics) }
        let renderer = SwiftRenderer()
        let files = Translator(model: model).translate().map { file in
            RenderedFile(name: file.name, contents: renderer.render(file))
        }
        return GeneratedSources(model: model, files: files, diagnostics: lowered.diagnostics)
    }

    /// Loads and validates a spec folder and turns it into Swift sources, writing nothing.
    /// - Parameters:
    ///   - specDirectory: The spec folder, e.g. `spec/alibaba-ack`.
    ///   - specPath: How generated comments cite the folder; nil derives it (see ``citedPath(for:)``).
    /// - Returns: The rendered files, with the warnings of every stage.
    /// - Throws: ``DiagnosticsError`` with every problem found.
    public static func generateSources(
        specDirectory: String, specPath: String? = nil
    ) throws(DiagnosticsError) -> GeneratedSources {
        let spec = try Self.loadValidated(directory: specDirectory)
        var sources = try Self.generateSources(
            from: spec.loaded, specPath: specPath ?? Self.citedPath(for: specDirectory))
        sources.diagnostics = spec.warnings + sources.diagnostics
        return sources
    }
}
