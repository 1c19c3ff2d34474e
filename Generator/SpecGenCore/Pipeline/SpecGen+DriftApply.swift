import Foundation

extension SpecGen {
    /// Writes the planned drift edits: every edited text is made first, each spec folder is checked with
    /// its edits in a temporary copy (lint and lowering), and only then is each changed file written,
    /// once, atomically. Nothing is written when anything fails.
    ///
    /// - Parameter plans: Each spec with its planned edits.
    /// - Returns: The files written, in path order.
    /// - Throws: ``DiagnosticsError`` when edits overlap, a file cannot be read or written, or an edited
    ///   spec would not lint or lower (its diagnostics point at the real files).
    static func writeDriftEdits(
        _ plans: [(spec: DriftSpec, plan: DriftEditPlanner.Plan)]
    ) throws(DiagnosticsError) -> [DriftReport.EditedFile] {
        var outputs: [(spec: DriftSpec, file: String, text: String, changes: Int)] = []
        var errors: [Diagnostic] = []
        for (spec, plan) in plans {
            for (file, edits) in plan.edits.sorted(by: { $0.key < $1.key }) where !edits.isEmpty {
                guard let data = FileManager.default.contents(atPath: file),
                    let text = String(data: data, encoding: .utf8)
                else {
                    errors.append(.error("cannot read '\(file)'", at: nil))
                    continue
                }
                do {
                    let edited = try YAMLTextEdit.apply(edits, to: text)
                    if edited != text { outputs.append((spec, file, edited, plan.changes[file] ?? 0)) }
                } catch {
                    errors.append(
                        .error(
                            "two edits of this file overlap; edit it by hand", at: .init(file: file, line: 1, column: 1)
                        ))
                }
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        for spec in Set(outputs.map(\.spec.directory)).sorted() {
            try Self.checkEdited(
                directory: spec, files: outputs.filter { $0.spec.directory == spec }.map { ($0.file, $0.text) })
        }
        for output in outputs {
            do {
                try Data(output.text.utf8).write(to: URL(fileURLWithPath: output.file), options: .atomic)
            } catch {
                errors.append(.error("cannot write '\(output.file)': \(error.localizedDescription)", at: nil))
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        return outputs.map { DriftReport.EditedFile(file: $0.file, changes: $0.changes) }.sorted { $0.file < $1.file }
    }

    /// Lints and lowers a copy of a spec folder with edited files in place of the originals.
    private static func checkEdited(directory: String, files: [(file: String, text: String)]) throws(DiagnosticsError) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-drift-\(UUID().uuidString)")
        let copy = root.appendingPathComponent(URL(fileURLWithPath: directory).lastPathComponent).path
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: directory, toPath: copy)
            for (file, text) in files {
                let relative = String(file.dropFirst(directory.count))
                try Data(text.utf8).write(to: URL(fileURLWithPath: copy + relative), options: .atomic)
            }
        } catch {
            throw DiagnosticsError([
                .error("cannot check the edits in a temporary copy: \(error.localizedDescription)", at: nil)
            ])
        }
        do {
            _ = try Self.driftSpec(directory: copy)
        } catch {
            let diagnostics = error.diagnostics.map { Self.relabel($0, folder: copy, as: directory) }
            throw DiagnosticsError(
                [.error("the edits would leave '\(directory)' with errors; nothing was written", at: nil)] + diagnostics
            )
        }
    }
}
