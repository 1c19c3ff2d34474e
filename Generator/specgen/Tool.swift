import ArgumentParser
import SpecGenCore

@main
struct Tool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen", abstract: "Lint, bundle and generate Swift clients from spec folders.")
}
