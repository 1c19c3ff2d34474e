import Foundation

/// A copy of a fixture spec folder in a fresh temporary folder, for tests that edit specs.
struct TemporarySpec {
    /// The temporary folder that holds the copy (and is removed by ``remove()``).
    let root: String
    /// The copied spec folder.
    let path: String

    /// Copies `Fixtures/<fixture>` to `<temporary>/<under or name>`.
    init(copying fixture: String, name: String = "spec", under: String? = nil) throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("specdiff-tests-\(UUID().uuidString)").appendingPathComponent(name).path
        let path = "\(root)/\(under ?? "copy")"
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.spec(fixture), toPath: path)
        self.root = root
        self.path = path
    }

    /// Replaces the first occurrence of `find` in a file of the copy; fails when it is absent.
    func replace(_ find: String, with replacement: String, in file: String) throws {
        let url = URL(fileURLWithPath: "\(self.path)/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: find) else { throw EditError(file: file, text: find) }
        try text.replacingCharacters(in: range, with: replacement).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: (self.root as NSString).deletingLastPathComponent)
    }

    /// The text to replace was not in the file.
    struct EditError: Error {
        var file: String
        var text: String
    }
}
