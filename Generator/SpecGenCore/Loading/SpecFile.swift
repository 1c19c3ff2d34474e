import Foundation

/// One YAML file of a spec folder, read and parsed.
struct SpecFile: Sendable {
    /// The path inside the spec folder, e.g. `groups/clusters.yaml`.
    var relativePath: String
    /// The path printed in diagnostics: the folder as given joined with ``relativePath``.
    var displayPath: String
    /// The parsed document; nil when the file is empty or did not parse.
    var root: YAMLNode?
    /// Whether reading or parsing failed (the reason is already reported).
    var failed = false

    /// The location of the file's first character, for problems about the file as a whole.
    var start: SourceLocation {
        SourceLocation(file: self.displayPath, line: 1, column: 1)
    }

    /// The schema name of a `schemas/<Name>.yaml` file.
    var schemaName: String {
        String((self.relativePath as NSString).lastPathComponent.dropLast(".yaml".count))
    }
}

/// Lists and reads the files of a spec folder in a fixed order.
struct SpecFolder: Sendable {
    /// The folder as given, without a trailing slash.
    var directory: String

    init(directory: String) {
        var directory = directory
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        self.directory = directory
    }

    /// The path printed for a file of the folder.
    func displayPath(_ relativePath: String) -> String {
        self.directory.isEmpty ? relativePath : "\(self.directory)/\(relativePath)"
    }

    /// Whether the folder exists.
    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: self.directory, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a file exists at a path inside the folder.
    func fileExists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: self.displayPath(relativePath))
    }

    /// The `.yaml` files directly inside a subfolder, in name order (byte order, so it never depends on locale).
    func yamlFiles(in subfolder: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: self.displayPath(subfolder))) ?? []
        return entries.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { "\(subfolder)/\($0)" }
    }

    /// Files directly inside a subfolder that the loader skips (not `.yaml`, not hidden), in name order.
    func ignoredFiles(in subfolder: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: self.displayPath(subfolder))) ?? []
        return entries.filter { !$0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { "\(subfolder)/\($0)" }
    }

    /// Reads and parses one file; problems are appended to `diagnostics`.
    func read(_ relativePath: String, into diagnostics: inout [Diagnostic]) -> SpecFile {
        let displayPath = self.displayPath(relativePath)
        var file = SpecFile(relativePath: relativePath, displayPath: displayPath, root: nil)
        file.failed = true
        guard let data = FileManager.default.contents(atPath: displayPath) else {
            diagnostics.append(.error("cannot read '\(displayPath)'", at: nil))
            return file
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("the file is not UTF-8 text", at: file.start))
            return file
        }
        do {
            file.root = try YAMLParser(file: displayPath).parse(text)
            file.failed = false
        } catch {
            diagnostics += error.diagnostics
        }
        return file
    }
}
