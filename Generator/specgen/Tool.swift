import Foundation
import SpecGenCore

/// `specgen`: lint, bundle, measure coverage of, diff, check drift against and generate Swift clients from
/// spec folders.
///
/// The command line is read by `ParsedArguments`, not an argument-parsing package: every consumer of
/// the generated modules builds this tool first, so its dependencies are kept to the generator itself.
@main
enum Tool {
    static var subcommands: [any Subcommand.Type] {
        [
            LintCommand.self, BundleCommand.self, GenerateCommand.self, CoverageCommand.self, DiffCommand.self,
            DriftCommand.self,
        ]
    }

    static func main() {
        exit(self.run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the subcommand `arguments` names and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, !["-h", "--help", "help"].contains(first) else {
            if arguments.isEmpty {
                Output.error(line: self.overview)
                return 2
            }
            if arguments.count > 1, let command = self.subcommand(named: arguments[1]) {
                Output.write(self.help(for: command))
            } else {
                Output.write(self.overview)
            }
            return 0
        }
        guard let command = self.subcommand(named: first) else {
            Output.error(line: "error: unknown command '\(first)'")
            Output.error(line: self.overview)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains(where: { $0 == "-h" || $0 == "--help" }) {
            Output.write(self.help(for: command))
            return 0
        }
        do throws(UsageError) {
            return try command.init(ParsedArguments.parse(rest, for: command)).run()
        } catch {
            Output.error(line: "error: \(error.message)\nUsage: \(command.usage)")
            return 2
        }
    }

    private static func subcommand(named name: String) -> (any Subcommand.Type)? {
        self.subcommands.first { $0.name == name }
    }

    static var overview: String {
        let names = self.subcommands.map { command in command.name }
        let width = names.map { name in name.count }.max() ?? 0
        let rows = zip(names, self.subcommands).map { name, command in
            "  \(name)\(String(repeating: " ", count: width - name.count))  \(command.abstract)"
        }
        return """
            specgen: lint, bundle and generate Swift clients from spec folders.

            Usage: specgen <command> [arguments]

            Commands:
            \(rows.joined(separator: "\n"))

            'specgen <command> --help' describes a command.

            """
    }

    static func help(for command: any Subcommand.Type) -> String {
        "\(command.abstract)\n\nUsage: \(command.usage)\n\n\(command.details)\n"
    }
}
