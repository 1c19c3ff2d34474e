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
                services += try Self.coverage(directory: directory)
            } catch {
                errors += error.diagnostics
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        return CoverageReport(services: services)
    }

    /// Measures how much of one folder's docs index its spec describes, and of its SDK index when it
    /// has one.
    ///
    /// - Parameter directory: The spec folder, as the report and diagnostics should name it.
    /// - Returns: The folder's coverage of the reference, then of the SDK.
    /// - Throws: ``DiagnosticsError`` when the spec or an index cannot be read, or there is no docs index.
    public static func coverage(directory: String) throws(DiagnosticsError) -> [CoverageReport.Service] {
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        let loadErrors = diagnostics.filter { $0.severity == .error }
        var indexErrors: [Diagnostic] = []
        var indexes: [DocsIndex] = []
        for kind in DocsIndex.Kind.allCases {
            do {
                if let index = try DocsIndex.load(directory: directory, kind: kind) {
                    indexes.append(index)
                } else if kind == .reference {
                    indexErrors.append(
                        .error(
                            "no docs index: coverage needs '\(directory)/docs-index/*.yaml'",
                            at: SourceLocation(file: directory, line: 1, column: 1)))
                }
            } catch {
                indexErrors += error.diagnostics
            }
        }
        guard let assembled, loadErrors.isEmpty, indexErrors.isEmpty else {
            let errors = loadErrors + indexErrors
            let fallback = Diagnostic.error(
                "the spec could not be read", at: SourceLocation(file: directory, line: 1, column: 1))
            throw DiagnosticsError(errors.isEmpty ? [fallback] : errors)
        }
        let document = SpecReader.read(assembled).document
        return indexes.map { CoverageReport.Service(directory: directory, index: $0, document: document) }
    }
}
