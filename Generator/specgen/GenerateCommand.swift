import Foundation
import SpecGenCore

/// `specgen generate <spec-dir> --output <dir>`: a service module's Swift sources from its spec folder.
struct GenerateCommand: Subcommand {
    static let name = "generate"
    static let abstract = "Generate a service's Swift client sources from its spec folder."
    static let usage =
        "specgen generate <spec-dir> --output <dir> [--module <name>] [--name <name>] [--spec-path <path>]"
    static let details = """
        Arguments:
          <spec-dir>                      The spec folder, e.g. spec/alibaba-ack.

        Options:
          -o, --output <dir>              The folder to write the Swift files into.
          --module <name>                 Fail unless the spec's x-sdk.module is this (the build plugin
                                          passes the target name).
          --name <name>                   Fail unless the spec's x-sdk.name is this (it names the files).
          --spec-path <path>              How generated comments cite the spec folder (default:
                                          'spec/<folder>').
          --configuration <file>          The build plugin's generate-sdk.json, checked against
                                          --planned-configuration.
          --planned-configuration <text>  The text --configuration held when the build plugin planned
                                          this command.
          --planned-spec-files <list>     The spec files (one per line, relative to the spec folder) the
                                          build plugin planned with; a file not among them gets a warning.

        Always writes <Name>+Client.swift, <Name>+Operations.swift and <Name>+Models.swift (empty ones
        included, so a build plugin can declare them), rewriting only files whose content changed.
        Nothing is written when the spec has errors; diagnostics go to standard error and the exit
        status is 1 (2 for a usage error).
        """
    static let valueOptions: [String: Character?] = [
        "output": "o", "module": nil, "name": nil, "spec-path": nil, "configuration": nil,
        "planned-configuration": nil, "planned-spec-files": nil,
    ]
    static let flags: Set<String> = []

    let directory: String
    let output: String
    let options: SpecGen.GenerateOptions
    let configuration: String?
    let plannedConfiguration: String?
    let plannedSpecFiles: Set<String>?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        self.directory = try arguments.single("spec folder")
        guard let output = arguments.value("output") else { throw UsageError("missing --output <dir>") }
        self.output = output
        self.options = SpecGen.GenerateOptions(
            specPath: arguments.value("spec-path"), expectedModule: arguments.value("module"),
            expectedName: arguments.value("name"))
        self.configuration = arguments.value("configuration")
        self.plannedConfiguration = arguments.value("planned-configuration")
        self.plannedSpecFiles = arguments.value("planned-spec-files").map {
            Set($0.split(separator: "\n").map(String.init))
        }
    }

    func run() -> Int32 {
        guard self.configurationIsAsPlanned() else { return 1 }
        do {
            let result = try SpecGen.generate(
                specDirectory: self.directory, outputDirectory: self.output, options: self.options)
            Output.error(result.diagnostics)
            if let planned = self.plannedSpecFiles {
                Output.error(Self.unplannedFileWarnings(in: self.directory, planned: planned))
            }
            return 0
        } catch {
            Output.error(error.diagnostics)
            return 1
        }
    }

    /// SwiftPM runs the plugin only when it plans the build, yet re-runs this command whenever the
    /// configuration file (one of its inputs) changes: the arguments would then be the old file's. Refuse
    /// rather than generate from them.
    private func configurationIsAsPlanned() -> Bool {
        guard let file = self.configuration, let planned = self.plannedConfiguration else { return true }
        let current = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        guard current != planned else { return true }
        let message =
            "changed since SwiftPM planned this build, which still holds its old values; SwiftPM reads it "
            + "again once it plans anew: touch Package.swift and build again"
        Output.error([.error(message, at: SourceLocation(file: file, line: 1, column: 1))])
        return false
    }

    /// A warning for each spec file the build plan does not know: SwiftPM plans the build, and so the
    /// command's inputs, only now and then, so it would not run this command again when that file changes.
    static func unplannedFileWarnings(in directory: String, planned: Set<String>) -> [Diagnostic] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(root.path + "/") else { continue }
            files.append(String(path.dropFirst(root.path.count + 1)))
        }
        return files.filter { !planned.contains($0) }.sorted().map { file in
            .warning(
                "new since SwiftPM planned this build, which does not rebuild when it changes: "
                    + "touch Package.swift and build again",
                at: SourceLocation(file: "\(directory)/\(file)", line: 1, column: 1))
        }
    }
}
