import ArgumentParser
import Foundation
import SpecGenCore

/// `specgen bundle <spec-dir> --output <file>`: one standard OpenAPI 3.1 document from a spec folder.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Merge a spec folder into one OpenAPI 3.1 document.",
        discussion: "Writes YAML when the output ends in .yaml or .yml, JSON otherwise; without --output, JSON to standard output.")

    @Argument(help: "The spec folder, e.g. spec/alibaba-ack.")
    var directory: String

    @Option(name: .shortAndLong, help: "The file to write (.json, .yaml or .yml).")
    var output: String?

    func run() throws {
        let format = self.output.map(BundleFormat.init(path:)) ?? .json
        let text: String
        do {
            text = try SpecGen.bundle(directory: self.directory, format: format)
        } catch {
            StandardError.write(error.diagnostics)
            throw ExitCode.failure
        }
        guard let output = self.output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let data = Data(text.utf8)
        // Rewriting identical bytes would only bump the file's date and wake whatever watches it.
        if FileManager.default.contents(atPath: output) == data { return }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ValidationError("cannot write '\(output)': \(error.localizedDescription)")
        }
    }
}
