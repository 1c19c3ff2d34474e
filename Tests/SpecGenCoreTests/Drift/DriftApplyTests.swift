import Testing

@testable import SpecGenCore

/// `specgen drift --apply`: the exact text each kind of edit leaves, in block and flow style with the
/// comments kept; the edited specs lint, lower to fields that allow what was sent, and a second run
/// finds nothing left to apply.
@Suite struct DriftApplyTests {
    @Test func everyKindIsEditedInPlace() throws {
        let fixture = try DriftFixture(records: DriftRecords.everyKind)
        defer { fixture.remove() }
        let report = try fixture.run(apply: true)
        #expect(
            try fixture.text("schemas/Cluster.yaml") == """
                # A cluster as DescribeCluster returns it.
                type: object
                description: A cluster.
                required: [name]
                properties:
                  cluster_id: {type: string, description: Cluster ID.}
                  name: {type: [string, 'null']}
                  size: {type: [integer, string], format: int32, minimum: 0}  # nodes
                  version:
                    type: [string, integer]  # the Kubernetes version
                    default: '1.30'
                  state:
                    type: string
                    enum: [running, failed, deleting]
                    x-observed-values: [deleting]
                  cluster_type: {$ref: ClusterType.yaml}
                  tags:
                    type: array
                    items: {$ref: Tag.yaml}
                  deleted_at: {type: [string, integer, 'null']}
                  created:
                    type:
                      - integer
                      - string
                      - 'null'
                    description: Creation time, in seconds.
                  region: {type: string, x-observed: true, description: Sent by the server; not in the vendor reference.}

                """)
        #expect(
            try fixture.text("schemas/Tag.yaml") == """
                type: object
                x-swift-name: ClusterTag
                required:
                  - key
                properties: {key: {type: string}, value: {type: string}, color: {type: string, x-observed: true, description: Sent by the server; not in the vendor reference.}}

                """)
        #expect(
            try fixture.text("schemas/ClusterType.yaml") == """
                type: string
                description: The kind of cluster.
                enum:
                  - Kubernetes
                  - ManagedKubernetes
                  - Serverless
                x-observed-values: [Serverless]

                """)
        #expect(
            report.edited.map { fixture.cited($0.file) } == [
                "spec/mini/schemas/Cluster.yaml", "spec/mini/schemas/ClusterType.yaml", "spec/mini/schemas/Tag.yaml",
            ])
        #expect(report.edited.map(\.changes) == [8, 1, 2])
        #expect(fixture.cited(report.text()).contains("edited spec/mini/schemas/Cluster.yaml (8 changes)\n"))
        #expect(
            fixture.cited(report.text()).contains(
                "spec/mini/schemas/Cluster.yaml:8:16: note: applied: widen 'type' to [integer, string]\n"))
        // The unreadable value still needs a person.
        #expect(report.exitStatus == 1)
    }

    @Test func editedSpecLintsAndLowersToFieldsThatAllowWhatWasSent() throws {
        let fixture = try DriftFixture(records: DriftRecords.everyKind)
        defer { fixture.remove() }
        _ = try fixture.run(apply: true)
        #expect(SpecGen.lint(directories: [fixture.spec()]).diagnostics == [])
        let model = try SpecGen.driftSpec(directory: fixture.spec()).model
        let cluster = Dictionary(
            uniqueKeysWithValues: (model.shape(named: "Cluster")?.fields ?? []).map { ($0.wireName, $0) })
        #expect(cluster["size"]?.alternativeTypes == [.string])
        #expect(cluster["version"]?.alternativeTypes == [.integer])
        #expect(cluster["name"]?.isNullable == true)
        #expect(cluster["deleted_at"]?.alternativeTypes == [.integer])
        #expect(cluster["created"]?.alternativeTypes == [.string])
        #expect(cluster["created"]?.isNullable == true)
        #expect(cluster["cluster_id"]?.isRequired == false)
        #expect(cluster["region"]?.type == .optional(.string))
        #expect(cluster["region"]?.isObserved == true)
        guard case .stringEnum(let states)? = model.shape(named: "ClusterState")?.kind,
            case .stringEnum(let types)? = model.shape(named: "ClusterType")?.kind
        else { throw TemporarySpec.EditError(file: "Cluster.yaml", text: "enums") }
        #expect(states.map(\.value) == ["running", "failed", "deleting"])
        #expect(types.map(\.value) == ["Kubernetes", "ManagedKubernetes", "Serverless"])
        let tag = model.shape(named: "ClusterTag")?.fields ?? []
        #expect(tag.map(\.wireName) == ["key", "value", "color"])
        #expect(tag.map(\.isRequired) == [true, false, false])
    }

    @Test func aSecondRunHasNothingLeftToApply() throws {
        let fixture = try DriftFixture(records: DriftRecords.everyKind)
        defer { fixture.remove() }
        _ = try fixture.run(apply: true)
        let edited = try fixture.snapshot()
        let again = try fixture.run(apply: true)
        #expect(try fixture.snapshot() == edited)
        #expect(again.edited == [])
        #expect(again.findings.map(\.kind) == ["unreadable-value"])
        #expect(again.summary.fixable == 0)
        #expect(again.summary.allowed == 14)
        #expect(
            fixture.cited(try fixture.run().text()).hasSuffix(
                "drift: 1 deviation from 1 record (0 fixable with --apply, 1 needs a manual fix); "
                    + "14 records already allowed; 1 unmatched; 1 skipped\n"))
    }

    @Test func applyingEverythingExitsZero() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string")
        ])
        defer { fixture.remove() }
        #expect(try fixture.run().exitStatus == 1)
        #expect(try fixture.run(apply: true).exitStatus == 0)
        #expect(try fixture.run().exitStatus == 0)
    }

    @Test func requiredListsThatEmptyLoseTheirKey() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.cluster_id", "missing-required-field"),
            DriftRecords.line("DescribeCluster", "$.name", "missing-required-field", observed: "null"),
            DriftRecords.line("DescribeCluster", "$.tags[*].key", "missing-required-field"),
            DriftRecords.line("DescribeCluster", "$.tags[*].value", "missing-required-field"),
        ])
        defer { fixture.remove() }
        _ = try fixture.run(apply: true)
        #expect(
            try fixture.text("schemas/Cluster.yaml").hasPrefix(
                "# A cluster as DescribeCluster returns it.\ntype: object\ndescription: A cluster.\nproperties:\n"))
        #expect(
            try fixture.text("schemas/Tag.yaml")
                == "type: object\nx-swift-name: ClusterTag\nproperties: {key: {type: string}, value: {type: string}}\n")
        #expect(SpecGen.lint(directories: [fixture.spec()]).diagnostics == [])
    }

    @Test func flowSchemasAreEditedInsideTheirBraces() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.tags[*].key", "missing-required-field"),
            DriftRecords.line("DescribeCluster", "$.tags[*].owner", "unknown-field", observed: "string"),
            DriftRecords.line(
                "DescribeCluster", "$.tags[*].value", "coerced-type", declared: "string", observed: "boolean"),
        ])
        defer { fixture.remove() }
        let flow =
            "{type: object, x-swift-name: ClusterTag, required: [key], properties: {key: {type: string}, value: {type: string}}}\n"
        try fixture.replace(
            "type: object\nx-swift-name: ClusterTag\nrequired:\n  - key\n  - value  # both are always set\nproperties: {key: {type: string}, value: {type: string}}\n",
            with: "# one line\n" + flow, in: "schemas/Tag.yaml")
        _ = try fixture.run(apply: true)
        #expect(
            try fixture.text("schemas/Tag.yaml") == "# one line\n{type: object, x-swift-name: ClusterTag, properties: "
                + "{key: {type: string}, value: {type: [string, boolean]}, owner: {type: string, x-observed: true, "
                + "description: Sent by the server; not in the vendor reference.}}}\n")
        #expect(try fixture.run().findings == [])
    }

    @Test func newPropertiesTakeTheTypesSent() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.labels", "unknown-field", observed: "object"),
            DriftRecords.line("DescribeCluster", "$.zones", "unknown-field", observed: "array"),
            DriftRecords.line("DescribeCluster", "$.extra", "unknown-field", observed: "null"),
            DriftRecords.line("DescribeCluster", "$.port", "unknown-field", observed: "integer"),
            DriftRecords.line("DescribeCluster", "$.port", "unknown-field", observed: "integer"),
            DriftRecords.line("DescribeCluster", "$.port", "unknown-field", observed: "string"),
            DriftRecords.line("DescribeCluster", "$.owner", "unknown-field", observed: "string"),
            DriftRecords.line("DescribeCluster", "$.owner", "unknown-field", observed: "null"),
            DriftRecords.line("DescribeCluster", "$[\\\"odd name\\\"]", "unknown-field", observed: "boolean"),
        ])
        defer { fixture.remove() }
        _ = try fixture.run(apply: true)
        let description = "x-observed: true, description: Sent by the server; not in the vendor reference."
        #expect(
            try fixture.text("schemas/Cluster.yaml").hasSuffix(
                """
                    description: Creation time, in seconds.
                  extra: {\(description)}
                  labels: {type: object, \(description)}
                  odd name: {type: boolean, \(description)}
                  owner: {type: [string, 'null'], \(description)}
                  port: {type: [string, integer], \(description)}
                  zones: {type: array, items: {}, \(description)}

                """))
        let cluster = try SpecGen.driftSpec(directory: fixture.spec()).model.shape(named: "Cluster")?.fields ?? []
        let added = Dictionary(uniqueKeysWithValues: cluster.map { ($0.wireName, $0) })
        #expect(added["extra"]?.type == .optional(.jsonValue))
        #expect(added["labels"]?.type == .optional(.jsonValue))
        #expect(added["zones"]?.type == .optional(.array(.jsonValue)))
        #expect(added["owner"]?.isNullable == true)
        // Text and integers were sent: a string field reads both, where an integer field could not read the text.
        #expect(added["port"]?.type == .optional(.string))
        #expect(added["port"]?.alternativeTypes == [.integer])
        #expect(added["odd name"]?.swiftName == "oddName")
        #expect(try fixture.run().findings == [])
    }

    @Test func anInlineResponseIsEditedInItsGroupFile() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeClusters", "$.page", "unknown-field", observed: "integer")
        ])
        defer { fixture.remove() }
        let report = try fixture.run(apply: true)
        #expect(report.findings.first?.subject == "DescribeClusters response")
        #expect(
            try fixture.text("groups/clusters.yaml").contains(
                """
                                  meta: {type: object, description: Free-form paging details.}
                                  page: {type: integer, x-observed: true, description: Sent by the server; not in the vendor reference.}
                    post:
                      operationId: CreateCluster

                """))
        #expect(try fixture.run().findings == [])
    }

    @Test func twoWideningsOfOneTypeAreOneEdit() throws {
        let fixture = try DriftFixture(records: [
            DriftRecords.line("DescribeCluster", "$.size", "unexpected-null", declared: "integer", observed: "null"),
            DriftRecords.line("DescribeCluster", "$.size", "coerced-type", declared: "integer", observed: "string"),
            DriftRecords.line("DescribeClusters", "$.clusters[*].size", "coerced-type", observed: "boolean"),
            // More answers sent strings, so string is listed before boolean.
            DriftRecords.line("DescribeClusters", "$.clusters[*].size", "coerced-type", observed: "string"),
        ])
        defer { fixture.remove() }
        let report = try fixture.run(apply: true)
        #expect(
            report.findings.map(\.fix.detail)
                == Array(repeating: "widen 'type' to [integer, string, boolean, 'null']", count: 3))
        #expect(report.edited.map(\.changes) == [3])
        #expect(
            try fixture.text("schemas/Cluster.yaml").contains(
                "  size: {type: [integer, string, boolean, 'null'], format: int32, minimum: 0}  # nodes\n"))
        #expect(try fixture.run().findings == [])
    }
}
