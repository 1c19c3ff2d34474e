import ArgumentParser
import SpecGenCore

/// `specgen`: lint, bundle, measure coverage of, diff, check drift against and generate Swift clients from
/// spec folders.
@main
struct Tool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen",
        abstract: "Lint, bundle and generate Swift clients from spec folders.",
        subcommands: [
            LintCommand.self, BundleCommand.self, GenerateCommand.self, CoverageCommand.self, DiffCommand.self,
            DriftCommand.self,
        ])
}
