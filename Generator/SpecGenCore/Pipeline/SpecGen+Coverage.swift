extension SpecGen {
    /// Measures how much of each folder's docs index its spec describes.
    ///
    /// Every folder is read before anything is thrown, so one run reports the problems of all of them.
    ///
    /// - Parameter directories: Spec folders, as the report and diagnostics should name them.
    /// - Returns: One service entry per folder, in the order given.
    /// - Throws: ``DiagnosticsError`` with every error found: a spec that does not load or merge, an
    ///   unreadable or malformed docs index, a folder without a docs index.
    public static func coverage(directories: [String]) throws(DiagnosticsError) -> CoverageReport {
        var services: [CoverageReport.Service] = []
        var errors: [Diagnostic] = []
        for directory in directories {
            do {
                services.append(try Self.coverage(directory: directory))
            } catch {
                errors += error.diagnostics
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        return CoverageReport(services: services)
    }

    /// Measures how much of one folder's docs index its spec describes.
    ///
    /// - Parameter directory: The spec folder, as the report and diagnostics should name it.
    /// - Returns: The folder's coverage.
    /// - Throws: ``DiagnosticsError`` when the spec or the index cannot be read, or there is no index.
    public static func coverage(directory: String) throws(DiagnosticsError) -> CoverageReport.Service {
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        let loadErrors = diagnostics.filter { $0.severity == .error }
        var indexErrors: [Diagnostic] = []
        var index: DocsIndex?
        do {
            index = try DocsIndex.load(directory: directory)
            if index == nil {
                indexErrors.append(
                    .error(
                        "no docs index: coverage needs '\(directory)/docs-index/*.yaml'",
                        at: SourceLocation(file: directory, line: 1, column: 1)))
            }
        } catch {
            indexErrors = error.diagnostics
        }
        guard let assembled, let index, loadErrors.isEmpty, indexErrors.isEmpty else {
            let errors = loadErrors + indexErrors
            let fallback = Diagnostic.error(
                "the spec could not be read", at: SourceLocation(file: directory, line: 1, column: 1))
            throw DiagnosticsError(errors.isEmpty ? [fallback] : errors)
        }
        return CoverageReport.Service(directory: directory, index: index, spec: assembled)
    }
}
