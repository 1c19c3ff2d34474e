import ArgumentParser
import Foundation
import SpecMockCore

/// `cloud-demo`: a scripted cluster workflow through the generated clients against the embedded,
/// stateful, signature-verifying mock of every service in the spec folder (ACK, KCE, KCR).
@main
struct CloudDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloud-demo",
        abstract: "Run a cluster workflow through the generated clients against an embedded mock (no cloud account).",
        discussion: """
            specmock starts in this process on 127.0.0.1 with in-memory clusters, node pools and tasks. \
            It validates every request against the specs and verifies every signature independently, \
            using a fixed demo key. The demo exits with status 0 only when every step behaves as expected.
            """)

    @Option(
        name: .long,
        help: "The folder whose subfolders holding an openapi.yaml are the services (default: the nearest spec/).")
    var spec: String?

    @Option(name: .customLong("settle-polls"), help: "Describe calls until a new or deleted resource settles.")
    var settlePolls: Int = 3

    mutating func validate() throws {
        guard self.settlePolls >= 1 else { throw ValidationError("--settle-polls must be at least 1") }
    }

    func run() async throws {
        let mock: SpecMock
        do {
            let folder = try SpecFolder.locate(self.spec, currentDirectory: FileManager.default.currentDirectoryPath)
            mock = try SpecMock(
                specDirectories: SpecFolder.serviceDirectories(in: folder),
                stateful: StatefulSettings(pollsToSettle: self.settlePolls))
        } catch {
            FileHandle.standardError.write(Data("cloud-demo: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let session = try DemoSession(mock: mock)
        defer { session.server.shutdown() }
        let problems = await session.run()
        guard problems.isEmpty else {
            print("")
            print("cloud-demo: FAILED: \(problems.joined(separator: "; "))")
            throw ExitCode.failure
        }
    }
}
