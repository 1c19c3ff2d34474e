import ArgumentParser
import Foundation
import SpecGenCore

/// `specgen generate <spec-dir> --output <dir>`: a service module's Swift sources from its spec folder.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a service's Swift client sources from its spec folder.",
        discussion: """
            Always writes <Name>+Client.swift, <Name>+Operations.swift and <Name>+Models.swift (empty ones \
            included, so a build plugin can declare them), rewriting only files whose content changed. \
            Nothing is written when the spec has errors; diagnostics go to standard error and the exit status is 1.
            """)

    @Argument(help: "The spec folder, e.g. spec/alibaba-ack.")
    var directory: String

    @Option(name: .shortAndLong, help: "The folder to write the Swift files into.")
    var output: String

    @Option(help: "Fail unless the spec's x-sdk.module is this (the build plugin passes the target name).")
    var module: String?

    @Option(help: "Fail unless the spec's x-sdk.name is this (it names the output files).")
    var name: String?

    @Option(help: "How generated comments cite the spec folder (default: 'spec/<folder>').")
    var specPath: String?

    @Option(help: "The build plugin's generate-sdk.json, checked against --planned-configuration.")
    var configuration: String?

    @Option(help: "The text --configuration held when the build plugin planned this command.")
    var plannedConfiguration: String?

    func run() throws {
        try self.checkConfigurationIsAsPlanned()
        let options = SpecGen.GenerateOptions(
            specPath: self.specPath, expectedModule: self.module, expectedName: self.name)
        do {
            let result = try SpecGen.generate(
                specDirectory: self.directory, outputDirectory: self.output, options: options)
            StandardError.write(result.diagnostics)
        } catch {
            StandardError.write(error.diagnostics)
            throw ExitCode.failure
        }
    }

    /// SwiftPM runs the plugin only when it plans the build, yet re-runs this command whenever the
    /// configuration file (one of its inputs) changes: the arguments would then be the old file's. Refuse
    /// rather than generate from them.
    private func checkConfigurationIsAsPlanned() throws {
        guard let file = self.configuration, let planned = self.plannedConfiguration else { return }
        let current = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        guard current != planned else { return }
        let message =
            "changed since SwiftPM planned this build, which still holds its old values; SwiftPM reads it "
            + "again once it plans anew: touch Package.swift and build again"
        StandardError.write([.error(message, at: SourceLocation(file: file, line: 1, column: 1))])
        throw ExitCode.failure
    }
}
