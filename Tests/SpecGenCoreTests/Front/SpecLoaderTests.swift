import Foundation
import Testing

@testable import SpecGenCore

@Suite struct SpecLoaderTests {
    @Test func readsROAFixture() throws {
        let directory = FixturePaths.spec("roa-minimal")
        let document = try SpecGen.load(directory: directory)
        #expect(document.version == "1.0")
        #expect(Set(document.operations.map(\.path)) == ["/clusters/{ClusterId}", "/clusters", "/tasks/{TaskId}"])
        #expect(document.schemaNames == ["Cluster", "Tag"])
        let operation = document.operations.first { $0.path == "/clusters/{ClusterId}" && $0.method == "get" }
        #expect(operation?.operationID == "DescribeCluster")
        let cluster = try #require(document.schemas["Cluster"])
        #expect(
            cluster.properties.map(\.name) == ["cluster_id", "name", "size", "version", "state", "tags", "deleted_at"])
        #expect(
            cluster.properties.first?.schema.pointer == [
                "components", "schemas", "Cluster", "properties", "cluster_id",
            ])
    }

    @Test func rewritesFileReferences() throws {
        let document = try SpecGen.load(directory: FixturePaths.spec("roa-minimal"))
        let tags = document.schemas["Cluster"]?.properties.first { $0.name == "tags" }?.schema
        #expect(tags?.items?.referencedSchemaName == "Tag")
        #expect(tags?.items?.reference == "#/components/schemas/Tag")
    }

    @Test func sourceMapPointsAtOriginalFiles() throws {
        let directory = FixturePaths.spec("roa-minimal")
        let spec = try SpecGen.load(directory: directory)
        let name = spec.sourceMap.location(of: ["paths", "/clusters/{ClusterId}", "get", "parameters", "0", "name"])
        #expect(name == SourceLocation(file: "\(directory)/groups/clusters.yaml", line: 10, column: 17))
        let size = spec.sourceMap.location(of: ["components", "schemas", "Cluster", "properties", "size"])
        #expect(size == SourceLocation(file: "\(directory)/schemas/Cluster.yaml", line: 7, column: 9))
        #expect(spec.sourceMap.file(ofSchema: "Tag") == "\(directory)/schemas/Tag.yaml")
        let cancel = spec.sourceMap.location(of: "/paths/~1tasks~1{TaskId}/delete/operationId")
        #expect(cancel == SourceLocation(file: "\(directory)/groups/tasks.yaml", line: 6, column: 20))
    }

    @Test func readsRPCFixture() throws {
        let document = try SpecGen.load(directory: FixturePaths.spec("rpc-minimal"))
        #expect(document.version == "2019-08-06")
        #expect(document.operations.map(\.path) == ["/?Action=DescribeCluster"])
        #expect(document.operations.first?.parameters.count == 3)
        #expect(document.sdk?.style == .rpc)
        #expect(document.signature?.algorithms == ["aws4-hmac-sha256"])
    }
}

/// Two groups may declare different methods of one path; the merged document holds both.
@Suite struct SharedPathTests {
    @Test func groupsShareAPathWithDifferentMethods() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("spec/alibaba-ack").path
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let tree = SpecTree(try #require(assembled).root)
        let sites = tree.operations.filter { $0.path == "/clusters/{ClusterId}/nodes" }
        #expect(Set(sites.compactMap(\.operationID)) == ["DescribeClusterNodes", "DeleteClusterNodes"])
        #expect(Set(sites.compactMap { $0.operation["tags"]?.items?.first?.text }) == ["clusters", "node-pools"])
    }
}
