import Foundation
import Testing

@testable import SpecGenCore

/// The docs index lists what the vendor reference documents; the check reports every name the spec misses.
@Suite struct DocsIndexTests {
    private static func lines(_ fixture: String) throws -> [String] {
        try SpecGen.checkDocsIndex(directory: FixturePaths.spec(fixture))
            .map { $0.description.replacingOccurrences(of: FixturePaths.root + "/", with: "") }
    }

    @Test func everyGapIsReportedAtItsNameInTheIndex() throws {
        let lines = try Self.lines("docs-index-gaps")
        #expect(
            lines == [
                "docs-index-gaps/docs-index/clusters.yaml:7:29: error: parameter 'detail_level' of 'DescribeCluster' is documented but not in the spec",
                "docs-index-gaps/docs-index/clusters.yaml:8:44: error: response field 'tags.owner' of 'DescribeCluster' is documented but not in the spec",
                "docs-index-gaps/docs-index/clusters.yaml:8:56: error: response field 'master.instance_type' of 'DescribeCluster' is documented but not in the spec",
                "docs-index-gaps/docs-index/clusters.yaml:9:16: error: 'CreateCluster' is documented as PUT, the spec says POST",
                "docs-index-gaps/docs-index/clusters.yaml:13:16: error: operation 'DescribeClusterLogs' is documented but not in the spec",
            ], "\(lines.joined(separator: "\n"))")
    }

    @Test func aCompleteSpecHasNoGaps() throws {
        #expect(try Self.lines("docs-index-complete") == [])
    }

    @Test func aFolderWithoutAnIndexHasNothingToCheck() throws {
        #expect(try Self.lines("roa-minimal") == [])
    }

    @Test func rpcNamesResolveThroughListsReferencesAndJSONStrings() throws {
        let spec = SpecLoader().assemble(directory: FixturePaths.spec("rpc-minimal"))
        let assembled = try #require(spec.spec)
        let tree = SpecTree(assembled.root)
        let site = try #require(tree.operations.first { $0.operationID == "DescribeCluster" })
        let filter = try #require(site.parameters.first { $0["name"]?.text == "Filter" }?["schema"])
        #expect(DocsIndexCheck.resolves(["Name"], in: [filter], tree: tree))
        #expect(DocsIndexCheck.resolves(["Value"], in: [filter], tree: tree))
        #expect(!DocsIndexCheck.resolves(["Values"], in: [filter], tree: tree))
    }

    @Test func aPropertyNameWithADotResolves() throws {
        // Kingsoft's NodePara has a key `InstanceConfigure.VCPU`: one property name, not a nested path.
        let schema = try #require(
            try YAMLParser(file: "inline.yaml").parse(
                "type: object\nproperties:\n  InstanceConfigure.VCPU: {type: integer}\n  Image: {type: object, properties: {Id: {type: string}}}\n"
            ))
        let tree = SpecTree(.mapping([], at: SourceLocation(file: "inline.yaml", line: 1, column: 1)))
        #expect(DocsIndexCheck.resolves(["InstanceConfigure", "VCPU"], in: [schema], tree: tree))
        #expect(DocsIndexCheck.resolves(["Image", "Id"], in: [schema], tree: tree))
        #expect(!DocsIndexCheck.resolves(["InstanceConfigure"], in: [schema], tree: tree))
    }

    /// The repository's own specs: every operation, parameter and response field their docs indexes
    /// list must be in the spec.
    @Test(arguments: FixturePaths.repositoryServices)
    func repositorySpecCoversItsDocsIndex(directory: String) throws {
        let gaps = try SpecGen.checkDocsIndex(directory: directory)
        #expect(gaps.isEmpty, "\(gaps.map(\.description).joined(separator: "\n"))")
    }
}
