import Testing

@testable import SpecGenCore

/// `specgen drift` without `--apply`: every kind of record as a located diagnostic with its fix, records
/// that match nothing, services without a folder, and the exit status.
@Suite struct DriftDiagnosticsTests {
    @Test func everyKindIsALocatedWarningWithItsFix() throws {
        let fixture = try DriftFixture(records: DriftRecords.everyKind)
        defer { fixture.remove() }
        let report = try fixture.run()
        let cluster = "spec/mini/schemas/Cluster.yaml"
        #expect(
            fixture.cited(report.text()) == """
                \(cluster):8:9: warning: 'size' is integer in the spec; the server sent string in 3 answers of 2 operations (DescribeCluster, DescribeClusters)
                \(cluster):8:16: note: --apply: widen 'type' to [integer, string]
                \(cluster):5:1: warning: 'Cluster' has no property 'region'; the server sent one (string) in 1 answer of DescribeCluster
                \(cluster):5:1: note: --apply: add property 'region' (string), marked 'x-observed: true'
                \(cluster):6:15: warning: 'cluster_id' is required in the spec; the server left it out in 1 answer of DescribeCluster
                \(cluster):4:12: note: --apply: remove 'cluster_id' from 'required'
                \(cluster):7:9: warning: 'name' is string and not nullable in the spec; the server sent null in 1 answer of DescribeCluster
                \(cluster):7:16: note: --apply: widen 'type' to [string, 'null']
                \(cluster):8:9: warning: 'size' is integer in the spec; the server sent object, which could not be read, in 1 answer of DescribeCluster
                \(cluster):8:9: note: needs a manual fix: the server sent object, which cannot be read as integer; decide which is right and edit the schema by hand
                \(cluster):10:5: warning: 'version' is string in the spec; the server sent integer in 1 answer of DescribeCluster
                \(cluster):10:11: note: --apply: widen 'type' to [string, integer]
                \(cluster):13:5: warning: 'state' does not list 'deleting'; the server sent it in 1 answer of DescribeCluster
                \(cluster):14:11: note: --apply: add 'deleting' to 'enum'
                \(cluster):19:15: warning: 'deleted_at' is string in the spec; the server sent integer in 1 answer of DescribeCluster
                \(cluster):19:22: note: --apply: widen 'type' to [string, integer, 'null']
                \(cluster):21:5: warning: 'created' is integer in the spec; the server sent string in 1 answer of DescribeCluster
                \(cluster):22:7: note: --apply: widen 'type' to [integer, string, 'null']
                spec/mini/schemas/ClusterType.yaml:1:1: warning: 'cluster_type' does not list 'Serverless'; the server sent it in 1 answer of DescribeCluster
                spec/mini/schemas/ClusterType.yaml:4:3: note: --apply: add 'Serverless' to 'enum'
                spec/mini/schemas/Tag.yaml:6:1: warning: 'Tag' has no property 'color'; the server sent one (string) in 1 answer of DescribeCluster
                spec/mini/schemas/Tag.yaml:6:1: note: --apply: add property 'color' (string), marked 'x-observed: true'
                spec/mini/schemas/Tag.yaml:6:42: warning: 'value' is required in the spec; the server sent null for it in 1 answer of DescribeCluster
                spec/mini/schemas/Tag.yaml:5:5: note: --apply: remove 'value' from 'required'
                drift.ndjson:15:1: warning: the unknown-field record for DescribeClusters $.meta.owner does not match the spec: 'meta' is free-form JSON in the spec, so nothing inside it is checked
                note: 1 record of service 'KMini' skipped: no spec folder for it was given
                drift: 12 deviations from 14 records (11 fixable with --apply, 1 needs a manual fix); 1 record already allowed; 1 unmatched; 1 skipped

                """)
        #expect(report.summary.records == 17)
        #expect(report.findings.first?.occurrences == 22)
        #expect(report.exitStatus == 1)
    }

    @Test func recordsTheSpecAllowsAreNoDrift() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.deleted_at", "unexpected-null", observed: "null"),
            DriftRecords.line("DescribeCluster", "$.size", "missing-required-field", declared: "integer"),
            DriftRecords.line("DescribeCluster", "$.state", "unknown-enum-value", observed: "string", value: "failed"),
            DriftRecords.line("DescribeCluster", "$.tags[*].key", "unknown-field", observed: "string"),
            DriftRecords.line("DescribeClusters", "$.meta", "coerced-type", declared: "object", observed: "string"),
        ])
        defer { fixture.remove() }
        let report = try fixture.run()
        #expect(fixture.cited(report.text()) == "drift: no deviations; 5 records already allowed\n")
        #expect(report.exitStatus == 0)
    }

    @Test func pathsThatLeaveTheSpecAreUnmatchedWarnings() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.zone.name", "unknown-field", observed: "string"),
            DriftRecords.line("DescribeCluster", "$.zone", "coerced-type", declared: "string", observed: "integer"),
            DriftRecords.line("DescribeCluster", "$.size.unit", "unknown-field", observed: "string"),
            DriftRecords.line("DescribeCluster", "$.tags.key", "unexpected-null", observed: "null"),
            DriftRecords.line("DescribeCluster", "$", "coerced-type", declared: "object", observed: "array"),
            DriftRecords.line("DescribeCluster", "$.zone.name", "unknown-field", observed: "string"),
        ])
        defer { fixture.remove() }
        let lines = fixture.cited(try fixture.run().text()).split(separator: "\n").map(String.init)
        let prefix = "warning: the "
        #expect(
            lines == [
                "drift.ndjson:1:1: \(prefix)unknown-field record for DescribeCluster $.zone.name does not match the spec: "
                    + "'Cluster' has no property 'zone', so the path cannot go on (2 records)",
                "drift.ndjson:2:1: \(prefix)coerced-type record for DescribeCluster $.zone does not match the spec: "
                    + "'Cluster' has no property 'zone'",
                "drift.ndjson:3:1: \(prefix)unknown-field record for DescribeCluster $.size.unit does not match the spec: "
                    + "'size' is not an object in the spec",
                "drift.ndjson:4:1: \(prefix)unexpected-null record for DescribeCluster $.tags.key does not match the spec: "
                    + "'tags' is not an object in the spec",
                "drift.ndjson:5:1: \(prefix)coerced-type record for DescribeCluster $ does not match the spec: "
                    + "the path ends at 'Cluster' itself, not at a field",
                "drift: no deviations; 6 unmatched",
            ])
    }

    @Test func listElementsAndSeveralServices() throws {
        let fixture = try DriftFixture(
            ["mini": "drift-roa", "kmini": "drift-rpc"],
            records: [
                DriftRecords.line(
                    "DescribeCluster", "$.ClusterSet[*]", "coerced-type", declared: "string", observed: "integer",
                    service: "KMini"),
                DriftRecords.line(
                    "DescribeCluster", "$.FilterSet[*].Zone", "unknown-field", observed: "string", service: "KMini"),
                DriftRecords.line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "number"),
            ])
        defer { fixture.remove() }
        let report = try fixture.run(["mini", "kmini"])
        #expect(
            fixture.cited(report.text()) == """
                spec/kmini/groups/cluster.yaml:39:28: warning: 'ClusterSet[*]' is string in the spec; the server sent integer in 1 answer of DescribeCluster
                spec/kmini/groups/cluster.yaml:39:28: note: needs a manual fix: a list's elements cannot declare several types; edit the schema by hand
                spec/kmini/schemas/Filter.yaml:3:1: warning: 'Filter' has no property 'Zone'; the server sent one (string) in 1 answer of DescribeCluster
                spec/kmini/schemas/Filter.yaml:3:1: note: --apply: add property 'Zone' (string), marked 'x-observed: true'
                spec/mini/schemas/Cluster.yaml:8:9: warning: 'size' is integer in the spec; the server sent number in 1 answer of DescribeCluster
                spec/mini/schemas/Cluster.yaml:8:16: note: --apply: widen 'type' to [integer, number]
                drift: 3 deviations from 3 records (2 fixable with --apply, 1 needs a manual fix)

                """)
    }

    @Test func anOperationTheServiceDoesNotHaveIsAnError() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.size", "coerced-type", observed: "string"),
            DriftRecords.line("DescribeNodes", "$.nodes", "unknown-field", observed: "array"),
            DriftRecords.line("DescribeNodes", "$.total", "unknown-field", observed: "integer"),
        ])
        defer { fixture.remove() }
        let before = try fixture.snapshot()
        #expect {
            _ = try fixture.run(apply: true)
        } throws: { error in
            fixture.cited(try #require(error as? DiagnosticsError)) == [
                "drift.ndjson:2:1: error: operation 'DescribeNodes' is not in service 'Mini' (spec/mini) (2 records)"
            ]
        }
        #expect(try fixture.snapshot() == before)
        #expect(DriftReport.errorExitStatus == 1)
    }
}
