import ArgumentParser
import CloudTestSupport
import Foundation
import SpecMockCore

/// The options of the `specmock` command.
///
/// ```
/// specmock [--spec DIR] [--port 0] [--access-key-id ID --access-key-secret SECRET]
///          [--stateful [--settle-polls N] [--settle-seconds S]] [--fault RULE]... [--fault-seed N]
/// ```
public struct SpecMockOptions: ParsableArguments, Sendable {
    /// The spec folder; nil searches from the current directory (see ``SpecFolder/locate(_:currentDirectory:)``).
    @Option(
        name: .long,
        help:
            "The folder whose subfolders holding an openapi.yaml are the services (default: the nearest spec/ folder).")
    public var spec: String?

    /// The TCP port on 127.0.0.1; 0 picks a free one.
    @Option(name: .long, help: "The TCP port on 127.0.0.1; 0 picks a free one.")
    public var port: Int = 0

    /// The accepted access key ID; nil for the demo key.
    @Option(name: .customLong("access-key-id"), help: "The access key ID to accept (default: a fixed demo key).")
    public var accessKeyID: String?

    /// The secret that goes with ``accessKeyID``.
    @Option(name: .customLong("access-key-secret"), help: "The secret of --access-key-id.")
    public var accessKeySecret: String?

    /// Whether clusters, node pools and tasks are kept in memory.
    @Flag(name: .long, help: "Keep clusters, node pools and tasks in memory (create, describe, list, delete).")
    public var stateful = false

    /// Describe calls it takes a transitional state to settle.
    @Option(name: .customLong("settle-polls"), help: "Describe calls until a new or deleted resource settles.")
    public var settlePolls: Int = 2

    /// Seconds after which a transitional state settles regardless of polls.
    @Option(name: .customLong("settle-seconds"), help: "Seconds until a transitional state settles anyway.")
    public var settleSeconds: Double?

    /// Fault rules, tried in order.
    @Option(
        name: .customLong("fault"), parsing: .singleValue,
        help: ArgumentHelp(
            "A fault rule: ACTION[:OPTION]... (repeatable).",
            discussion: "Actions: throttle, status=CODE, stall=DURATION (500ms, 5s), close, and drift[=KINDS], "
                + "which changes 2xx JSON answers as drifting servers do; KINDS joined by '+' from strings, fields, "
                + "nulls, missing, enums (default: all). Options: count=N, rate=P (0-1), operation=NAME, "
                + "service=NAME (x-sdk.name: ACK, KCE, ...), retry-after=SECONDS.",
            valueName: "rule"),
        transform: { text in
            do { return try FaultRule(parsing: text) } catch { throw ValidationError("\(error)") }
        })
    public var faults: [FaultRule] = []

    /// The seed of the generator behind `rate=`.
    @Option(name: .customLong("fault-seed"), help: "The seed for rate= rules, so runs repeat.")
    public var faultSeed: UInt64 = 0

    /// Creates the defaults (for tests and embedding).
    public init() {}

    /// Checks the combinations ArgumentParser cannot.
    public func validate() throws {
        guard (self.accessKeyID == nil) == (self.accessKeySecret == nil) else {
            throw ValidationError("--access-key-id and --access-key-secret go together")
        }
        if let id = self.accessKeyID, id.isEmpty { throw ValidationError("--access-key-id must not be empty") }
        guard (0...65_535).contains(self.port) else {
            throw ValidationError("--port must be from 0 to 65535, got \(self.port)")
        }
        guard self.settlePolls >= 1 else { throw ValidationError("--settle-polls must be at least 1") }
        if let seconds = self.settleSeconds, !(seconds >= 0 && seconds.isFinite) {
            throw ValidationError("--settle-seconds must be a non-negative number")
        }
    }

    /// The accepted credentials: the ones given, else the demo key.
    public var credentials: [String: String] {
        guard let id = self.accessKeyID, let secret = self.accessKeySecret else {
            return [SpecMock.demoAccessKeyID: SpecMock.demoAccessKeySecret]
        }
        return [id: secret]
    }

    /// Loads the specs and builds the mock these options describe.
    /// - Parameter currentDirectory: Where a relative `--spec` starts and the search for `spec/` begins.
    /// - Returns: The mock, not yet listening.
    /// - Throws: ``SpecMockError`` when the spec folder is missing or does not load.
    public func makeMock(currentDirectory: String) throws(SpecMockError) -> SpecMock {
        let folder = try SpecFolder.locate(self.spec, currentDirectory: currentDirectory)
        let settings = StatefulSettings(pollsToSettle: self.settlePolls, secondsToSettle: self.settleSeconds)
        return try SpecMock(
            specDirectories: SpecFolder.serviceDirectories(in: folder), credentials: self.credentials,
            stateful: self.stateful ? settings : nil, faults: self.faults, faultSeed: self.faultSeed)
    }

    /// The lines `specmock` prints once it listens: one per service with its address, the
    /// credentials (the demo secret only; a secret given on the command line is never printed),
    /// the mode and the fault rules.
    /// - Parameters:
    ///   - mock: The mock.
    ///   - server: Its running server.
    /// - Returns: The lines, without newlines.
    public func banner(for mock: SpecMock, server: MockServer) -> [String] {
        var lines: [String] = []
        var seen: Set<String> = []
        for operation in mock.responder.operations where seen.insert(operation.service).inserted {
            let routing =
                operation.style == .roa
                ? "ROA paths, x-acs-version: \(operation.apiVersion)" : "RPC Action, Version=\(operation.apiVersion)"
            let name = operation.service.padding(toLength: 4, withPad: " ", startingAt: 0)
            lines.append("\(name) \(server.baseURLString)  (\(routing))")
        }
        if let id = self.accessKeyID {
            lines.append("credentials: access key ID \(id) (secret as given, not shown)")
        } else {
            lines.append(
                "credentials (fixed demo values, not secrets): access key ID \(SpecMock.demoAccessKeyID), "
                    + "secret \(SpecMock.demoAccessKeySecret)")
        }
        if let store = mock.store {
            let seconds = store.settings.secondsToSettle.map { " or \($0) s" } ?? ""
            let polls = store.settings.pollsToSettle
            lines.append("mode: stateful (new and deleted resources settle after \(polls) describe calls\(seconds))")
        } else {
            lines.append("mode: documented examples")
        }
        for rule in mock.faults.rules { lines.append("fault: \(rule)") }
        return lines
    }
}
