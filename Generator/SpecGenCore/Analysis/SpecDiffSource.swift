import Foundation

/// Where one side of a spec diff comes from: a folder on disk, or a folder inside a git revision
/// written `GITREF:PATH` (e.g. `origin/main:spec/alibaba-ack`, path from the repository root).
public enum SpecDiffSource: Equatable, Sendable {
    /// A spec folder on disk.
    case directory(String)
    /// A folder at a git revision, read from the repository that contains the current directory.
    case git(revision: String, path: String)

    /// Parses an argument: an existing folder wins; otherwise `REV:PATH` names a git folder.
    public init(argument: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            self = .directory(argument)
        } else if let colon = argument.firstIndex(of: ":"), colon != argument.startIndex {
            self = .git(revision: String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        } else {
            self = .directory(argument)
        }
    }

    /// The source as the user wrote it.
    public var label: String {
        switch self {
        case .directory(let path): path
        case .git(let revision, let path): "\(revision):\(path)"
        }
    }

    /// Copies a git folder's files into `destination` using `git ls-tree` and `git cat-file`.
    ///
    /// - Parameters:
    ///   - revision: Any revision git understands (`HEAD`, `origin/main`, a commit).
    ///   - path: The folder, relative to the repository root.
    ///   - destination: An existing empty folder.
    ///   - repository: The folder git runs in; nil means the current directory.
    /// - Throws: A diagnostic naming the revision and git's message when git fails.
    static func export(
        revision: String, path: String, to destination: URL, repository: String?
    ) throws(DiagnosticsError) {
        let tree = "\(revision):\(path.hasSuffix("/") ? String(path.dropLast()) : path)"
        let listing = try Self.git(["ls-tree", "-r", "-z", tree], in: repository, for: tree)
        for entry in listing.split(separator: 0) {
            // Each entry is `<mode> <type> <object>\t<path>`.
            guard let tab = entry.firstIndex(of: 9) else { continue }
            let header = entry[..<tab].split(separator: 32).map { String(decoding: $0, as: UTF8.self) }
            let name = String(decoding: entry[entry.index(after: tab)...], as: UTF8.self)
            guard header.count == 3, header[1] == "blob", !name.split(separator: "/").contains("..") else { continue }
            let contents = try Self.git(["cat-file", "blob", header[2]], in: repository, for: tree)
            let file = destination.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: file)
            } catch {
                throw Self.failure("cannot write \(file.path): \(error.localizedDescription)", tree)
            }
        }
    }

    /// Runs git and returns its standard output; a non-zero exit becomes a diagnostic.
    private static func git(_ arguments: [String], in repository: String?, for tree: String) throws(DiagnosticsError)
        -> Data
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let repository { process.currentDirectoryURL = URL(fileURLWithPath: repository) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Self.failure("cannot run git: \(error.localizedDescription)", tree)
        }
        // Read both pipes before waiting so a large output cannot fill a pipe and stall git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Self.failure("git \(arguments[0]) failed (status \(process.terminationStatus)): \(text)", tree)
        }
        return data
    }

    private static func failure(_ message: String, _ tree: String) -> DiagnosticsError {
        DiagnosticsError([
            .error("cannot read '\(tree)' from git: \(message)", at: SourceLocation(file: tree, line: 1, column: 1))
        ])
    }
}
