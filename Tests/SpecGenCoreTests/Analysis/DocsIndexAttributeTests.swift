import Foundation
import Testing

@testable import SpecGenCore

/// The attributes a docs index records for names (type, required, enum values, default, limits) and for
/// RPC operations (methods) are compared with the spec; a difference is accepted only where the spec
/// node's `x-reference` records the reference's value, and a record that accepts nothing is reported.
@Suite struct DocsIndexAttributeTests {
    private static let fixture = "docs-index-attributes"

    private static func service() throws -> CoverageReport.Service {
        try SpecGen.coverage(directory: FixturePaths.spec(Self.fixture))[0]
    }

    private static func checks(
        _ service: CoverageReport.Service, _ operation: String, _ name: String
    ) throws -> [String] {
        let entry = try #require(service.operations.first { $0.name == operation })
        let documented = try #require((entry.parameters + entry.responseFields).first { $0.name == name })
        return documented.attributes.map { "\($0.attribute.rawValue)=\($0.status.rawValue)" }
    }

    @Test func everyDifferenceIsReportedAtItsValueInTheIndex() {
        #expect(
            LintOutput.lines(Self.fixture) == [
                "docs-index-attributes/docs-index/clusters.yaml:8:84: error: 'ClusterName' of CreateCluster: the reference's maxLength is 63, the spec's 64",
                "docs-index-attributes/docs-index/clusters.yaml:10:85: error: 'MaxPodPerNode' of CreateCluster: the reference's default is 64, the spec's 128",
                "docs-index-attributes/docs-index/clusters.yaml:11:42: error: 'MasterEtcdSeparate' of CreateCluster: the reference types it string, the spec boolean",
                "docs-index-attributes/docs-index/clusters.yaml:13:61: error: 'InstanceSet.NodePara' of CreateCluster: the reference's maxItems is 5, the spec has none",
                "docs-index-attributes/docs-index/clusters.yaml:25:14: error: methods of DescribeCluster: the reference allows [GET], the spec [POST, GET]",
                "docs-index-attributes/docs-index/clusters.yaml:27:64: error: 'MaxResults' of DescribeCluster: the reference's maximum is 50, the spec's 20",
                "docs-index-attributes/groups/clusters.yaml:74:34: note: x-reference records 100",
                "docs-index-attributes/docs-index/clusters.yaml:29:16: error: parameter 'Search' of 'DescribeCluster' is documented but not in the spec",
                "docs-index-attributes/docs-index/clusters.yaml:31:55: error: 'ClusterSet.Status' of DescribeCluster: the reference lists values [running, failed, deleting], the spec [running, failed]",
                "docs-index-attributes/docs-index/clusters.yaml:32:42: error: 'ClusterSet.NodeNum' of DescribeCluster: the reference types it number, the spec integer",
                "docs-index-attributes/groups/clusters.yaml:74:34: error: x-reference records maximum 100 for 'MaxResults', but the docs index records 50",
                "docs-index-attributes/groups/clusters.yaml:78:34: error: x-reference records default 1 for 'Marker', but no docs-index entry records default for it",
                "docs-index-attributes/schemas/ClusterSet.yaml:7:25: error: x-reference records type integer for 'Status', but the spec agrees with the docs index now; remove the record",
            ])
    }

    @Test func attributesAreCountedByHowTheyCompare() throws {
        let attributes = try Self.service().totals.attributes
        #expect(attributes.documented == 33)
        #expect(attributes.agrees == 21)
        #expect(attributes.recorded == 3)
        #expect(attributes.differs == 8)
        #expect(attributes.unchecked == 1)
        #expect(attributes.percent == 72.73)
    }

    @Test func enumValuesCompareAsSetsAndDefaultsByValue() throws {
        // The index lists MaxPodPerNode's values in reverse order: still the same set.
        #expect(
            try Self.checks(Self.service(), "CreateCluster", "MaxPodPerNode")
                == ["type=agrees", "enum=agrees", "default=differs"])
        #expect(
            try Self.checks(Self.service(), "CreateCluster", "MasterEtcdSeparate") == [
                "type=differs", "default=agrees",
            ])
    }

    @Test func aFlattenedPathIsRequiredByItsOwnStructure() throws {
        // InstanceSet is optional in CreateCluster, but InstanceSet.yaml requires NodeRole.
        #expect(
            try Self.checks(Self.service(), "CreateCluster", "InstanceSet.NodeRole")
                == ["type=agrees", "required=agrees", "enum=agrees"])
    }

    @Test func aSharedNodeRecordsTheDifferenceOfOneOperation() throws {
        // InstanceSet.yaml lists every role; the x-reference accepts AddClusterInstances' [Worker] only.
        let service = try Self.service()
        #expect(
            try Self.checks(service, "AddClusterInstances", "InstanceSet.NodeRole")
                == ["type=agrees", "required=agrees", "enum=recorded"])
        let add = try #require(service.operations.first { $0.name == "AddClusterInstances" })
        let check = try #require(add.parameters.last?.attributes.last)
        #expect(check.reference == "[Worker]")
        #expect(check.spec == "[Worker, Master_Etcd]")
        #expect(check.record?.value == "[Worker]")
        #expect(
            check.record?.reason == "AddClusterInstances takes workers only; CreateCluster takes every role.")
        #expect(check.record?.location.sourceLocation.description.hasSuffix("schemas/InstanceSet.yaml:7:25") == true)
    }

    @Test func methodsCompareWithTheActionsOwnListElseTheServices() throws {
        let service = try Self.service()
        let statuses = service.operations.map { "\($0.name)=\($0.methods?.status.rawValue ?? "-")" }
        // CreateCluster: x-rpc-methods [POST]; AddClusterInstances: x-sdk's [POST, GET] with an x-reference.
        #expect(statuses == ["CreateCluster=agrees", "AddClusterInstances=recorded", "DescribeCluster=differs"])
    }

    @Test func attributesOfANameTheSpecLacksAreUnchecked() throws {
        #expect(try Self.checks(Self.service(), "DescribeCluster", "Search") == ["type=unchecked"])
    }

    @Test func staleRecordsSayWhyTheyAcceptNothing() throws {
        let stale = try Self.service().staleRecords
        #expect(stale.map(\.field) == ["MaxResults", "Marker", "Status"])
        #expect(stale.map(\.staleness) == [.changed, .undocumented, .resolved])
        #expect(stale.map(\.documented) == [["50"], [], ["string"]])
    }

    @Test func aMalformedIndexIsRejectedAtEachValue() throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try SpecGen.checkDocsIndex(directory: FixturePaths.spec("docs-index-malformed"))
        }
        let lines = error.diagnostics.map { $0.description.replacingOccurrences(of: FixturePaths.root + "/", with: "") }
        #expect(
            lines == [
                "docs-index-malformed/docs-index/cluster.yaml:6:15: error: 'methods' must be a non-empty list of HTTP methods in capitals, such as [GET, POST], found 'get'",
                "docs-index-malformed/docs-index/cluster.yaml:8:33: error: 'type' must be one of string, integer, number, boolean, array, object, found 'String'",
                "docs-index-malformed/docs-index/cluster.yaml:9:29: error: unknown key 'requird' for 'Filter.Name' in parameters; use name, type, required, enum, default, minimum, maximum, minLength, maxLength, minItems, maxItems",
                "docs-index-malformed/docs-index/cluster.yaml:10:9: error: a documented name with attributes needs 'name: <dotted wire name>'",
                "docs-index-malformed/docs-index/cluster.yaml:11:38: error: 'enum' must be a non-empty list of values, found '16'",
                "docs-index-malformed/docs-index/cluster.yaml:11:51: error: 'minimum' must be a number, found 'low'",
                "docs-index-malformed/docs-index/cluster.yaml:11:67: error: 'maxLength' must be a whole number, 0 or more, found '-1'",
                "docs-index-malformed/docs-index/cluster.yaml:11:80: error: 'default' must be a single value, found a sequence",
                "docs-index-malformed/docs-index/cluster.yaml:12:9: error: expected a dotted wire name or a mapping with 'name', found a sequence",
                "docs-index-malformed/docs-index/cluster.yaml:14:27: error: 'required' is an attribute of parameters; 'RequestId' is a response field",
                "docs-index-malformed/docs-index/cluster.yaml:15:51: error: 'minItems' must be a whole number, 0 or more, found '1.5'",
                "docs-index-malformed/docs-index/cluster.yaml:16:41: error: 'type' is given twice for 'RequestId'",
                "docs-index-malformed/docs-index/cluster.yaml:20:14: error: 'methods' of 'DescribeClusterByPath' belongs to an RPC entry (with 'action'); an ROA entry gives 'method'",
            ], "\(lines.joined(separator: "\n"))")
    }

    @Test(arguments: [
        (ReferenceAttribute.type, "integer", "integer"),
        (.required, "false", "false"),
        (.enum, "[16, '32', 1.0, KSYUN HUB]", "[16, '32', 1, KSYUN HUB]"),
        (.default, "'true'", "'true'"),
        (.default, "'-'", "'-'"),
        (.minimum, "0.5", "0.5"),
        (.maximum, "20.0", "20"),
        (.maxItems, "100", "100"),
        (.methods, "[GET, POST]", "[GET, POST]"),
    ])
    func valuesAreReadAndWrittenBackAsWritten(attribute: ReferenceAttribute, yaml: String, display: String) throws {
        let node = try #require(try YAMLParser(file: "inline.yaml").parse("v: \(yaml)\n")?["v"])
        #expect(try attribute.value(of: node).get().displayText == display)
    }

    @Test func valuesAgreeAsTheyMean() {
        #expect(ReferenceValue.values([.int(1), .string("a")]).agrees(with: .values([.string("a"), .int(1)])))
        #expect(!ReferenceValue.values([.int(1)]).agrees(with: .values([.string("1")])))
        #expect(ReferenceValue.methods(["GET", "POST"]).agrees(with: .methods(["POST", "GET"])))
        #expect(ReferenceValue.scalar(ReferenceValue.canonical(.double(64))) == .scalar(.int(64)))
    }

    @Test func exclusiveIntegerBoundsAreTheirInclusiveLimits() throws {
        let text = "type: object\nproperties:\n  Size: {type: integer, exclusiveMinimum: 0, exclusiveMaximum: 21}\n"
        let node = try #require(try YAMLParser(file: "inline.yaml").parse(text))
        var reader = SpecReader(root: node)
        let schema = reader.readSchema(node, pointer: [])
        let assembled = try #require(SpecLoader().assemble(directory: FixturePaths.spec("rpc-minimal")).spec)
        let resolver = DocsIndexResolver(document: SpecReader.read(assembled).document)
        let field = try #require(resolver.property(["Size"], in: [schema]))
        #expect(resolver.value(of: .minimum, for: field) == .number(1))
        #expect(resolver.value(of: .maximum, for: field) == .number(20))
    }
}

/// `x-required` on a request field makes members of the structure it refers to required for that
/// operation only: the docs index, written from the reference, agrees without any `x-reference`.
@Suite struct RequiredMembersComparisonTests {
    static func required(_ operation: String, _ name: String) throws -> (status: String, record: Bool) {
        let folder = try #require(FixturePaths.repositoryServices.first { $0.hasSuffix("alibaba-ack") })
        let service = try SpecGen.coverage(directory: folder)[0]
        let entry = try #require(service.operations.first { $0.name == operation })
        let field = try #require(entry.parameters.first { $0.name == name })
        let check = try #require(field.attributes.first { $0.attribute == .required })
        return (check.status.rawValue, check.record != nil)
    }

    @Test func createRequiresWhatModifyLeavesOptional() throws {
        // CreateClusterNodePool's `x-required` makes these members of shared structures required for it alone.
        let create = try Self.required("CreateClusterNodePool", "nodepool_info.name")
        #expect(create.status == "agrees" && !create.record)
        let modify = try Self.required("ModifyClusterNodePool", "nodepool_info.name")
        #expect(modify.status == "agrees" && !modify.record)
        let list = try Self.required("CreateClusterNodePool", "scaling_group.vswitch_ids")
        #expect(list.status == "agrees" && !list.record)
        let optional = try Self.required("ModifyClusterNodePool", "scaling_group.vswitch_ids")
        #expect(optional.status == "agrees" && !optional.record)
    }
}
