import Foundation
import SpecGenCore

/// A usage mistake on the command line: an unknown option, a missing value or argument, a bad value.
/// The tool prints it with the command's usage line and exits with status 2.
struct UsageError: Error {
    let message: String

    init(_ message: String) { self.message = message }
}

/// One `specgen` subcommand: its name, its help, how it reads its arguments and what it does.
protocol Subcommand {
    /// The word after `specgen`, e.g. `lint`.
    static var name: String { get }
    /// One line: what the command does.
    static var abstract: String { get }
    /// The usage line, e.g. `specgen lint <spec-dir>... [--warnings-as-errors]`.
    static var usage: String { get }
    /// The rest of `--help`: arguments, options and exit statuses.
    static var details: String { get }
    /// Options that take a value, by long name without `--`; a one-letter short name maps to its long one.
    static var valueOptions: [String: Character?] { get }
    /// Options without a value.
    static var flags: Set<String> { get }

    init(_ arguments: ParsedArguments) throws(UsageError)

    /// Runs the command and returns its exit status.
    func run() -> Int32
}

/// A subcommand's arguments, read by `ParsedArguments.parse`: positional arguments in order, option
/// values by long name (a repeated option keeps its last value) and the flags given.
struct ParsedArguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private var givenFlags: Set<String> = []

    /// The value of `--name`, if given.
    func value(_ name: String) -> String? { self.values[name] }

    /// Whether the flag `--name` was given.
    func flag(_ name: String) -> Bool { self.givenFlags.contains(name) }

    /// The positional arguments that are folders, for commands that take spec folders; each other path
    /// (a shell glob such as `spec/*` also matches `spec/README.md`) is skipped with a note.
    func specFolders() throws(UsageError) -> [String] {
        guard !self.positionals.isEmpty else { throw UsageError("give at least one spec folder") }
        var folders: [String] = []
        for path in self.positionals {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                Output.error(line: "note: skipping '\(path)': not a folder")
            } else {
                folders.append(path)
            }
        }
        guard !folders.isEmpty else { throw UsageError("none of the arguments is a spec folder") }
        return folders
    }

    /// The one positional argument the command takes.
    func single(_ what: String) throws(UsageError) -> String {
        guard self.positionals.count == 1 else {
            throw UsageError(
                self.positionals.isEmpty ? "missing \(what)" : "expected one \(what), got \(self.positionals.count)")
        }
        return self.positionals[0]
    }

    /// Reads `arguments` (without the program and subcommand names) for `command`: `--name value`,
    /// `--name=value`, `-x value`, flags, and `--` before positional arguments that start with `-`.
    static func parse(_ arguments: [String], for command: any Subcommand.Type) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var shortNames: [Character: String] = [:]
        for (long, short) in command.valueOptions { if let short { shortNames[short] = long } }
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else if argument.count == 2, let long = shortNames[argument.last!] {
                name = long
            } else {
                throw UsageError("unknown option '\(argument)'")
            }
            if command.flags.contains(name) {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                parsed.givenFlags.insert(name)
            } else if command.valueOptions.keys.contains(name) {
                if let inlineValue {
                    parsed.values[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError("--\(name) needs a value") }
                    parsed.values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError("unknown option '\(argument)'")
            }
        }
        return parsed
    }
}

/// What the tool writes to standard output and standard error.
enum Output {
    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes diagnostics to standard error, one line each in the compiler's form.
    static func error(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data((diagnostics.map(\.description).joined(separator: "\n") + "\n").utf8))
    }
}
