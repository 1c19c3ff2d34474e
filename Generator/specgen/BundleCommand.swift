import Foundation
import SpecGenCore

/// `specgen bundle <spec-dir> --output <file>`: one standard OpenAPI 3.1 document from a spec folder.
struct BundleCommand: Subcommand {
    static let name = "bundle"
    static let abstract = "Merge a spec folder into one OpenAPI 3.1 document."
    static let usage = "specgen bundle <spec-dir> [--output <file>]"
    static let details = """
        Arguments:
          <spec-dir>              The spec folder, e.g. spec/alibaba-ack.

        Options:
          -o, --output <file>     The file to write (.json, .yaml or .yml).

        Writes YAML when the output ends in .yaml or .yml, JSON otherwise; without --output, JSON to
        standard output. Exit status: 0 on success, 1 when the spec has errors or the file cannot be
        written, 2 for a usage error.
        """
    static let valueOptions: [String: Character?] = ["output": "o"]
    static let flags: Set<String> = []

    let directory: String
    let output: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        self.directory = try arguments.single("spec folder")
        self.output = arguments.value("output")
    }

    func run() -> Int32 {
        let format = self.output.map(BundleFormat.init(path:)) ?? .json
        let text: String
        do {
            text = try SpecGen.bundle(directory: self.directory, format: format)
        } catch {
            Output.error(error.diagnostics)
            return 1
        }
        guard let output = self.output else {
            Output.write(text)
            return 0
        }
        let data = Data(text.utf8)
        // Rewriting identical bytes would only bump the file's date and wake whatever watches it.
        if FileManager.default.contents(atPath: output) == data { return 0 }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            return 0
        } catch {
            Output.error(line: "error: cannot write '\(output)': \(error.localizedDescription)")
            return 1
        }
    }
}
