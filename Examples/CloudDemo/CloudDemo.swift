import ArgumentParser
import Foundation

/// `cloud-demo`: calls every generated client against a local, signature-checking mock server.
@main
struct CloudDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloud-demo",
        abstract: "Call the generated ACK, KCE and KCR clients against a local mock server; no cloud account needed.",
        discussion: """
            A mock server on 127.0.0.1 answers with the examples documented in the spec folders and \
            verifies every request signature independently, using a fake demo key. The demo exits with \
            status 0 only when every call behaves as expected.
            """)

    @Option(name: .long, help: "The folder holding alibaba-ack, kingsoft-kce and kingsoft-kcr.")
    var spec: String = "spec"

    @Flag(name: .long, help: "Also show the KCE CreateCluster parameters as the server received them.")
    var verbose = false

    mutating func validate() throws {
        for service in DemoSession.specFolders {
            let root = (self.spec as NSString).appendingPathComponent(service)
            let file = (root as NSString).appendingPathComponent("openapi.yaml")
            guard FileManager.default.fileExists(atPath: file) else {
                throw ValidationError(
                    "spec folder '\(self.spec)' not found or incomplete: missing \(file). "
                        + "Run from the repository root or pass --spec <dir>.")
            }
        }
    }

    func run() async throws {
        let session = try DemoSession(specDirectory: self.spec)
        let outcome = try await session.run(verbose: self.verbose)
        guard outcome.behaved else {
            print("")
            print("cloud-demo: FAILED: \(outcome.problems.joined(separator: "; "))")
            throw ExitCode.failure
        }
    }
}
