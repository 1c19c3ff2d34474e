import CloudRuntime
import CloudTestSupport
import Foundation
import SpecMockCore

/// Runs the demo: the embedded mock, the services it serves, the ACK and KCE workflows, the signature
/// failure, the summary.
final class DemoSession {
    /// The mock the demo talks to.
    let mock: SpecMock
    /// Its running server.
    let server: MockServer
    /// What went wrong, if anything.
    var problems: [String] = []
    /// A secret the mock does not accept, for the deliberate failure; never printed.
    static let wrongSecret = "demo-wrong-secret-also-fake"

    init(mock: SpecMock) throws {
        self.mock = mock
        self.server = try mock.start()
    }

    /// Runs every step and returns the problems found (empty when all behaved).
    func run() async -> [String] {
        print("cloud-demo: the generated Swift clients against specmock, with no cloud account")
        print("")
        print("specmock runs in this process on \(self.server.baseURLString) with in-memory clusters, node pools and")
        print("tasks. It checks every request against the specs and verifies every signature on its own, with the")
        print("fixed demo key \(SpecMock.demoAccessKeyID). Each numbered line is one call of a generated client.")
        print("")
        self.runServices()
        await self.step("ACK workflow") { try await self.runACK() }
        await self.step("KCE workflow") { try await self.runKCE() }
        await self.step("signature failure") { try await self.runSignatureFailure() }
        self.printSummary()
        return self.problems
    }

    /// Runs one part of the demo, recording a failure instead of stopping.
    private func step(_ name: String, _ body: () async throws -> Void) async {
        do {
            try await body()
        } catch {
            print("  FAILED: \(error)")
            self.problems.append("\(name): \(error)")
        }
        print("")
    }

    /// A client configuration aimed at the mock, with short timeouts.
    func configuration(algorithm: SignatureAlgorithm? = nil) -> ClientConfiguration {
        ClientConfiguration(
            endpoint: self.server.baseURL, signatureAlgorithm: algorithm,
            timeout: Timeout(connect: .seconds(5), request: .seconds(10)))
    }

    /// The demo key the mock accepts.
    var credentials: StaticCredentialsProvider {
        StaticCredentialsProvider(accessKeyID: SpecMock.demoAccessKeyID, accessKeySecret: SpecMock.demoAccessKeySecret)
    }

    /// Records a problem when a condition the demo relies on does not hold.
    func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
        if !condition {
            print("     unexpected: \(problem())")
            self.problems.append(problem())
        }
    }

    /// The closing lines: requests, verified signatures, the verdict.
    private func printSummary() {
        let requests = self.server.requests
        let verified = requests.filter { $0.signatureCheck?.isValid == true }.count
        let rejected = requests.count - verified
        print(
            "\(requests.count) requests; \(verified) signatures verified by the mock, "
                + "\(rejected) rejected (the deliberate one)")
        self.expect(rejected == 1, "expected exactly one rejected signature, got \(rejected)")
        if self.problems.isEmpty { print("All steps behaved as expected.") }
    }
}
