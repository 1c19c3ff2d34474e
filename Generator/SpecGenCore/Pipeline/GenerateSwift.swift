/// The generation stages after lowering: translate, render. Pure; writes nothing.
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

    /// Turns a model into Swift sources.
    /// - Parameter model: The lowered SDK model.
    /// - Returns: The rendered files.
    public static func generateSources(from model: ServiceModel) -> [RenderedFile] {
        let renderer = SwiftRenderer()
        return Translator(model: model).translate().map { file in
            RenderedFile(name: file.name, contents: renderer.render(file))
        }
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
        let lowered = try Self.lower(directory: specDirectory, specPath: specPath)
        return GeneratedSources(
            model: lowered.model, files: Self.generateSources(from: lowered.model), diagnostics: lowered.warnings)
    }
}
