import ArgumentParser

/// Release-mode measurements of the SDK, one subcommand per benchmark.
///
/// Each subcommand prints one JSON object per line on standard output (see ``JSONLine``), so a
/// driver script can run it repeatedly, in fresh processes where peak memory matters, and
/// compute medians and ranges itself. Timing uses `ContinuousClock`; memory uses `getrusage`
/// (peak resident set) and `/proc/self/statm` (current resident set).
@main
struct CloudBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "CloudBench",
        abstract: "Measure signing, decoding and calls of the SDK; prints JSON lines.",
        subcommands: [SignCommand.self, DecodeCommand.self, CallsCommand.self])
}
