import Foundation

extension SpecGen {
    /// Options of ``generate(specDirectory:outputDirectory:options:)``.
    public struct GenerateOptions: Sendable {
        /// How generated comments cite the spec folder; nil derives it (see ``citedPath(for:)``).
        public var specPath: String?
        /// When set, the spec's `x-sdk.module` must equal it (the build plugin passes the target name).
        public var expectedModule: String?
        /// When set, the spec's `x-sdk.name` must equal it (it names the output files).
        public var expectedName: String?

        /// Creates options; every check is off by default.
        public init(specPath: String? = nil, expectedModule: String? = nil, expectedName: String? = nil) {
            self.specPath = specPath
            self.expectedModule = expectedModule
            self.expectedName = expectedName
        }
    }

    /// What ``generate(specDirectory:outputDirectory:options:)`` did.
    public struct GenerationResult: Sendable {
        /// The SDK model the sources were made from.
        public var model: ServiceModel
        /// All output file names, in order: client, operations, models.
        public var files: [String]
        /// Files rewritten because their content changed.
        public var written: [String]
        /// Files left untouched.
        public var unchanged: [String]
        /// Warnings found on the way.
        public var diagnostics: [Diagnostic]
    }

    /// Generates a service module's sources from a spec folder: load, validate, lower, translate, render,
    /// then write the three files into `outputDirectory`, each only when its content changed.
    ///
    /// Nothing is written unless every stage succeeded, so a broken spec never leaves half a module.
    /// - Parameters:
    ///   - specDirectory: The spec folder, e.g. `spec/alibaba-ack`.
    ///   - outputDirectory: Where the Swift files go; created when missing.
    ///   - options: How to cite the folder and what to expect of it.
    /// - Returns: The model and what was written.
    /// - Throws: ``DiagnosticsError`` with every problem found.
    public static func generate(
        specDirectory: String, outputDirectory: String, options: GenerateOptions = GenerateOptions()
    ) throws(DiagnosticsError) -> GenerationResult {
        let sources = try Self.generateSources(specDirectory: specDirectory, specPath: options.specPath)
        try Self.checkExpectations(sources.model, options: options)
        let report = try FileEmitter().write(sources.files, to: URL(fileURLWithPath: outputDirectory))
        return GenerationResult(
            model: sources.model, files: sources.files.map(\.name), written: report.written,
            unchanged: report.unchanged, diagnostics: sources.diagnostics)
    }

    /// `spec/<name>` when the folder sits in a folder named `spec`, else the folder's own name:
    /// generated comments never contain absolute paths, which would differ between machines.
    public static func citedPath(for directory: String) -> String {
        let components = URL(fileURLWithPath: directory).standardizedFileURL.pathComponents.filter { $0 != "/" }
        guard let last = components.last else { return directory }
        if components.count >= 2, components[components.count - 2] == "spec" { return "spec/\(last)" }
        return last
    }

    private static func checkExpectations(
        _ model: ServiceModel, options: GenerateOptions
    ) throws(DiagnosticsError) {
        var problems: [Diagnostic] = []
        if let module = options.expectedModule, module != model.module {
            problems.append(
                .error(
                    "'x-sdk.module' is '\(model.module)' but this build generates module '\(module)'; make them agree",
                    at: model.origin.location))
        }
        if let name = options.expectedName, name != model.name {
            problems.append(
                .error(
                    "'x-sdk.name' is '\(model.name)' but the build expects '\(name)' (it names the output files); "
                        + "make them agree",
                    at: model.origin.location))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
    }
}
