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
        let resolver = try Self.resolver("rpc-minimal")
        let operation = try #require(resolver.operations["DescribeCluster"])
        #expect(resolver.parameter(["Filter", "Name"], of: operation)?.isRequired == true)
        #expect(resolver.parameter(["Filter", "Value"], of: operation) != nil)
        #expect(resolver.parameter(["Filter", "Values"], of: operation) == nil)
        #expect(resolver.parameter(["NodePara", "Role"], of: operation) != nil)
    }

    @Test func aPropertyNameWithADotResolves() throws {
        // Kingsoft's NodePara has a key `InstanceConfigure.VCPU`: one property name, not a nested path.
        let node = try #require(
            try YAMLParser(file: "inline.yaml").parse(
                "type: object\nproperties:\n  InstanceConfigure.VCPU: {type: integer}\n  Image: {type: object, properties: {Id: {type: string}}}\n"
            ))
        var reader = SpecReader(root: node)
        let schema = reader.readSchema(node, pointer: [])
        let resolver = try Self.resolver("rpc-minimal")
        #expect(resolver.property(["InstanceConfigure", "VCPU"], in: [schema])?.name == "InstanceConfigure.VCPU")
        #expect(resolver.property(["Image", "Id"], in: [schema])?.name == "Id")
        #expect(resolver.property(["InstanceConfigure"], in: [schema]) == nil)
    }

    private static func resolver(_ fixture: String) throws -> DocsIndexResolver {
        let assembled = try #require(SpecLoader().assemble(directory: FixturePaths.spec(fixture)).spec)
        return DocsIndexResolver(document: SpecReader.read(assembled).document)
    }

    /// The repository's own specs: every operation, parameter and response field their docs indexes
    /// list must be in the spec.
    @Test(arguments: FixturePaths.repositoryServices)
    func repositorySpecCoversItsDocsIndex(directory: String) throws {
        let gaps = try SpecGen.checkDocsIndex(directory: directory)
        #expect(gaps.isEmpty, "\(gaps.map(\.description).joined(separator: "\n"))")
    }
}
