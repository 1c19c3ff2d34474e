import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

@testable import CloudctlCore

/// `cloudctl` with answers that differ from the spec: it still prints them, says so in one line on
/// standard error, records them with `--record-drift` and fails with `--strict`.
@Suite struct DriftTests {
    private static let credentials = ["AKIDALIBABA": "alibaba-test-secret"]
    /// `size` is an integer and `deletion_protection` a boolean in the spec; `new_field` is not in it.
    private static let body =
        #"{"cluster_id":"c1","size":"5","deletion_protection":"true","new_field":{"a":1}}"#

    private func run(_ extra: [String]) async throws -> CommandOutput {
        var output = CommandOutput()
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json(Self.body, headers: ["x-acs-request-id": "req-drift"])
        } body: { server in
            let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment, transport: CurlTransport.shared)
            output = await command.run(
                ["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--endpoint", server.baseURLString] + extra)
        }
        return output
    }

    @Test func aDriftedAnswerIsPrintedWithOneLineOnStandardError() async throws {
        let output = try await self.run([])
        #expect(output.exitCode == 0, "\(output.standardError)")
        let printed = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        #expect(printed?["size"] as? Int == 5)
        #expect(printed?["deletion_protection"] as? Bool == true)
        #expect((printed?["new_field"] as? [String: Any])?["a"] as? Int == 1)
        #expect(
            output.standardError
                == "cloudctl: the answer differed from the spec in 3 places (2 coerced-type, 1 unknown-field); "
                + "record them with --record-drift FILE for specgen drift\n")
    }

    @Test func recordDriftAppendsOneRecordPerDifference() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cloudctl-\(UUID().uuidString).ndjson")
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try await self.run(["--record-drift", file.path])
        #expect(output.exitCode == 0, "\(output.standardError)")
        #expect(output.standardError.hasSuffix("; recorded in \(file.path)\n"))
        let records = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(ResponseDrift.self, from: Data($0.utf8))
        }
        #expect(
            records.map { "\($0.path) \($0.kind) \($0.declared ?? "-") \($0.observed ?? "-")" } == [
                // In the order the spec declares the fields, then the members it does not declare.
                "$.deletion_protection coerced-type boolean string", "$.size coerced-type integer string",
                "$.new_field unknown-field - object",
            ])
        #expect(records.allSatisfy { $0.service == "ACK" && $0.operation == "DescribeClusterDetail" })
        #expect(records.allSatisfy { $0.requestID == "req-drift" })
    }

    @Test func strictFailsWithTheFirstDifference() async throws {
        let output = try await self.run(["--strict"])
        #expect(output.exitCode == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError == """
                cloudctl: DescribeClusterDetail failed: HTTP 200 answer does not decode
                  problem:    differs from the spec at $.deletion_protection: coerced-type
                  declared:   boolean
                  sent:       string
                  request id: req-drift

                """)
    }

    @Test func anUnwritableRecordFileIsAUsageError() async throws {
        let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment)
        let output = await command.run([
            "ack", "DescribeClusterDetail", "--ClusterId", "c1", "--record-drift", "/nonexistent-folder/drift.ndjson",
        ])
        #expect(output.exitCode == 64)
        #expect(
            output.standardError
                == "cloudctl: cannot open --record-drift file '/nonexistent-folder/drift.ndjson' for appending\n")
    }
}
