import Testing

@testable import SpecGenCore

/// What stops `specgen drift` before it reports or edits anything: a file that is not a record file, a
/// spec folder that does not lint, edits that would break a spec. Each is a clear error, exit status 1,
/// and no spec file changes.
@Suite struct DriftFailureTests {
    static let sizeRecord = DriftRecords.line(
        "DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string")

    @Test func aFileThatIsNotNDJSONIsRefused() throws {
        let fixture = try DriftFixture(records: [Self.sizeRecord])
        defer { fixture.remove() }
        let readme = "\(fixture.root)/spec/README.md"
        try "# Spec conventions\n\nEach service is one folder.\n".write(
            toFile: readme, atomically: true, encoding: .utf8)
        let before = try fixture.snapshot()
        let inputs = SpecGen.driftInputs([fixture.records, readme, fixture.spec()])
        #expect(inputs.directories == [fixture.spec()])
        #expect {
            _ = try SpecGen.drift(records: inputs.records, directories: inputs.directories, apply: true)
        } throws: { error in
            fixture.cited(try #require(error as? DiagnosticsError)) == [
                "spec/README.md:1:1: error: not an NDJSON record file: line 1 is not a JSON object"
            ]
        }
        #expect(try fixture.snapshot() == before)
        #expect(DriftReport.errorExitStatus == 1)
    }

    @Test func aSpecFolderThatDoesNotLintStopsEverything() throws {
        let fixture = try DriftFixture(["mini": "drift-roa", "broken": "broken-roa"], records: [Self.sizeRecord])
        defer { fixture.remove() }
        let before = try fixture.snapshot(["mini", "broken"])
        #expect {
            _ = try fixture.run(["mini", "broken"], apply: true)
        } throws: { error in
            let lines = fixture.cited(try #require(error as? DiagnosticsError))
            return lines.contains(
                "spec/broken/schemas/Node.yaml:3:19: error: unknown type 'strin' (string, integer, number, boolean, "
                    + "object, array or null)")
                && lines.contains("spec/broken/groups/clusters.yaml:24:20: error: duplicate operationId 'DescribeNode'")
        }
        #expect(try fixture.snapshot(["mini", "broken"]) == before)
    }

    @Test func editsThatWouldNotLintAreNotWritten() throws {
        // Filter is flattened into RPC requests, where every list needs an index base: a list the server
        // sent cannot be added to it without one.
        let fixture = try DriftFixture(
            ["kmini": "drift-rpc"],
            records: [
                DriftRecords.line(
                    "DescribeCluster", "$.FilterSet[*].Extra", "unknown-field", observed: "array", service: "KMini"),
                DriftRecords.line(
                    "DescribeCluster", "$.RequestId", "coerced-type", declared: "string", observed: "integer",
                    service: "KMini"),
            ])
        defer { fixture.remove() }
        let before = try fixture.snapshot(["kmini"])
        #expect {
            _ = try fixture.run(["kmini"], apply: true)
        } throws: { error in
            fixture.cited(try #require(error as? DiagnosticsError)) == [
                "error: the edits would leave 'spec/kmini' with errors; nothing was written",
                "spec/kmini/schemas/Filter.yaml:9:17: error: array property 'Extra' of 'Filter' needs "
                    + "'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)",
            ]
        }
        #expect(try fixture.snapshot(["kmini"]) == before)
        // Without --apply the same records are reported, with the edit that would be made.
        #expect(try fixture.run(["kmini"]).summary.fixable == 2)
    }

    @Test func aMistypedFolderIsAMissingRecordFile() throws {
        let fixture = try DriftFixture(records: [Self.sizeRecord])
        defer { fixture.remove() }
        #expect {
            _ = try SpecGen.drift(
                records: [fixture.records, "\(fixture.root)/spec/minni"], directories: [fixture.spec()])
        } throws: { error in
            fixture.cited(try #require(error as? DiagnosticsError)) == [
                "error: cannot read the record file 'spec/minni': no such file or folder"
            ]
        }
    }
}
