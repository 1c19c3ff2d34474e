import Foundation

@testable import SpecGenCore

/// Copies of drift fixtures under `<temporary>/spec/` with a record file beside them, so that
/// `specgen drift` runs, edits and is checked the way a user would run it (`spec/mini`, `drift.ndjson`).
struct DriftFixture {
    /// The folder holding `spec/` and `drift.ndjson`.
    let root: String
    /// The record file.
    let records: String

    /// Copies fixtures (`[name: fixture]`) to `spec/<name>` and writes the record lines.
    init(_ fixtures: [String: String] = ["mini": "drift-roa"], records lines: [String]) throws {
        self.root =
            FileManager.default.temporaryDirectory.appendingPathComponent("drift-tests-\(UUID().uuidString)").path
        self.records = "\(self.root)/drift.ndjson"
        try FileManager.default.createDirectory(atPath: "\(self.root)/spec", withIntermediateDirectories: true)
        for (name, fixture) in fixtures {
            try FileManager.default.copyItem(atPath: FixturePaths.spec(fixture), toPath: "\(self.root)/spec/\(name)")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: self.records, atomically: true, encoding: .utf8)
    }

    /// Replaces the first occurrence of `find` in a spec file; fails when it is absent.
    func replace(_ find: String, with replacement: String, in file: String, of name: String = "mini") throws {
        let path = "\(self.spec(name))/\(file)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: find) else { throw TemporarySpec.EditError(file: file, text: find) }
        try text.replacingCharacters(in: range, with: replacement).write(
            toFile: path, atomically: true, encoding: .utf8)
    }

    /// A spec folder's path.
    func spec(_ name: String = "mini") -> String {
        "\(self.root)/spec/\(name)"
    }

    /// Runs `specgen drift` on the record file and the named spec folders.
    func run(_ names: [String] = ["mini"], apply: Bool = false) throws(DiagnosticsError) -> DriftReport {
        try SpecGen.drift(records: [self.records], directories: names.map(self.spec), apply: apply)
    }

    /// Text with the temporary folder left out: `spec/mini/...`, `drift.ndjson`.
    func cited(_ text: String) -> String {
        text.replacingOccurrences(of: self.root + "/", with: "")
    }

    /// The diagnostics of an error, one line each, cited.
    func cited(_ error: DiagnosticsError) -> [String] {
        error.diagnostics.flatMap { self.cited($0.description).split(separator: "\n").map(String.init) }
    }

    /// A spec file's text.
    func text(_ file: String, in name: String = "mini") throws -> String {
        try String(contentsOfFile: "\(self.spec(name))/\(file)", encoding: .utf8)
    }

    /// Every file of the named spec folders with its bytes, to show that nothing was written.
    func snapshot(_ names: [String] = ["mini"]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in names {
            let folder = self.spec(name)
            for case let path as String in FileManager.default.enumerator(atPath: folder) ?? .init() {
                files["\(name)/\(path)"] = FileManager.default.contents(atPath: "\(folder)/\(path)")
            }
        }
        return files
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: self.root)
    }
}
