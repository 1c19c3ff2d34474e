import Foundation

extension SpecGen {
    /// Compares two versions of a service spec through their lowered SDK models.
    ///
    /// Each side is loaded, validated and lowered exactly as `specgen generate` does; git sides are
    /// first exported into a temporary folder that is removed afterwards. When both sides have a
    /// docs index, coverage before and after is included.
    ///
    /// - Parameters:
    ///   - base: The old spec.
    ///   - head: The new spec.
    ///   - repository: Where git runs for `GITREF:PATH` sides; nil means the current directory.
    /// - Returns: The classified changes and public symbol changes.
    /// - Throws: Diagnostics when a side cannot be read, validated or lowered.
    public static func diff(
        base: SpecDiffSource, head: SpecDiffSource, repository: String? = nil
    ) throws(DiagnosticsError) -> SpecDiff {
        let old = try Self.diffSide(base, repository: repository)
        let new = try Self.diffSide(head, repository: repository)
        var coverage: SpecDiff.Coverage?
        if let before = old.coverage, let after = new.coverage {
            coverage = SpecDiff.Coverage(before: before, after: after)
        }
        return SpecDiff(models: (old.model, new.model), labels: (base.label, head.label), coverage: coverage)
    }

    private static func diffSide(
        _ source: SpecDiffSource, repository: String?
    ) throws(DiagnosticsError) -> (model: ServiceModel, coverage: Double?) {
        switch source {
        case .directory(let path):
            return try Self.diffSide(directory: path, specPath: Self.citedPath(for: path))
        case .git(let revision, let path):
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("specgen-diff-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw DiagnosticsError([
                    .error("cannot create a temporary folder: \(error.localizedDescription)", at: nil)
                ])
            }
            try SpecDiffSource.export(revision: revision, path: path, to: folder, repository: repository)
            do {
                return try Self.diffSide(directory: folder.path, specPath: Self.citedPath(for: path))
            } catch {
                // Point diagnostics at `REV:PATH/file` rather than the temporary copy.
                throw DiagnosticsError(
                    error.diagnostics.map { Self.relabel($0, folder: folder.path, as: source.label) })
            }
        }
    }

    private static func diffSide(
        directory: String, specPath: String
    ) throws(DiagnosticsError) -> (model: ServiceModel, coverage: Double?) {
        let model = try Self.lower(directory: directory, specPath: specPath).model
        // Coverage is extra information: a folder without a usable docs index simply has none. The first
        // service is the reference's.
        let coverage = try? Self.coverage(directory: directory).first?.totals.percent
        return (model, coverage)
    }

    /// A diagnostic whose paths under `folder` (a temporary copy) are shown under `label` instead.
    static func relabel(_ diagnostic: Diagnostic, folder: String, as label: String) -> Diagnostic {
        var copy = diagnostic
        if let file = copy.location?.file, file.hasPrefix(folder) {
            copy.location?.file = label + file.dropFirst(folder.count)
        }
        copy.notes = copy.notes.map { Self.relabel($0, folder: folder, as: label) }
        return copy
    }
}
