import ArgumentParser
import Foundation
import SpecMockCore

/// `specmock`: serves every service of the spec folder (ACK, KCE, KCR) from its spec on 127.0.0.1 until
/// interrupted.
///
/// The mock itself lives in SpecMockCore; this command parses its options (``SpecMockOptions``),
/// prints the addresses and keeps the process alive.
@main
struct SpecMockTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specmock",
        abstract: "Serve every service of spec/ on 127.0.0.1: validated requests, verified signatures.",
        discussion: """
            One port serves every service whose folder under spec/ holds an openapi.yaml (ACK, KCE, KCR): \
            ROA services by path and x-acs-version, RPC services by Action and Version. \
            Requests are signature-checked (ACS v1, ACS3, AWS4), validated against the spec and answered \
            with the documented examples, or with in-memory clusters, node pools and tasks (--stateful). \
            Fault rules inject throttling, error statuses and stalls, e.g. --fault status=503:count=2, \
            or make answers drift from the spec, e.g. --fault drift=strings+fields.
            """)

    @OptionGroup var options: SpecMockOptions

    func run() async throws {
        let mock: SpecMock
        do {
            mock = try self.options.makeMock(currentDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            FileHandle.standardError.write(Data("specmock: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let server = try mock.start(port: self.options.port)
        defer { server.shutdown() }
        // Written unbuffered, so a script reading the address through a pipe sees it at once.
        let lines = self.options.banner(for: mock, server: server) + ["Press Ctrl-C to stop."]
        FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
