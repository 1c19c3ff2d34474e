import Foundation
import OpenAPIKit
import Testing

@testable import SpecGenCore

@Suite struct SpecLoaderTests {
    @Test func loadsROAFixture() throws {
        let directory = FixturePaths.spec("roa-minimal")
        let spec = try SpecLoader().load(directory: directory)
        let document = spec.document
        #expect(document.info.version == "1.0")
        #expect(document.paths.keys.map(\.rawValue) == ["/clusters/{ClusterId}", "/clusters", "/tasks/{TaskId}"])
        #expect(document.components.schemas.keys.map(\.rawValue) == ["Cluster", "Tag"])
        #expect(document.tags?.map(\.name) == ["clusters", "tasks"])
        let operation = document.paths["/clusters/{ClusterId}"]?.pathItemValue?.get
        #expect(operation?.tags == ["clusters"])
        #expect(operation?.operationId == "DescribeCluster")
        let clusterProperties = document.components.schemas["Cluster"]?.objectContext?.properties.keys
        #expect(clusterProperties.map(Array.init) == ["cluster_id", "name", "size", "version", "state", "tags", "deleted_at"])
    }

    @Test func rewritesFileReferences() throws {
        let directory = FixturePaths.spec("roa-minimal")
        let spec = try SpecLoader().load(directory: directory)
        let tags = spec.document.components.schemas["Cluster"]?.objectContext?.properties["tags"]
        let items = tags?.arrayContext?.items
        #expect(items?.reference?.name == "Tag")
        #expect(items?.reference?.absoluteString == "#/components/schemas/Tag")
    }

    @Test func sourceMapPointsAtOriginalFiles() throws {
        let directory = FixturePaths.spec("roa-minimal")
        let spec = try SpecLoader().load(directory: directory)
        let name = spec.sourceMap.location(of: ["paths", "/clusters/{ClusterId}", "get", "parameters", "0", "name"])
        #expect(name == SourceLocation(file: "\(directory)/groups/clusters.yaml", line: 10, column: 17))
        let size = spec.sourceMap.location(of: ["components", "schemas", "Cluster", "properties", "size"])
        #expect(size == SourceLocation(file: "\(directory)/schemas/Cluster.yaml", line: 7, column: 9))
        #expect(spec.sourceMap.file(ofSchema: "Tag") == "\(directory)/schemas/Tag.yaml")
        let cancel = spec.sourceMap.location(of: "/paths/~1tasks~1{TaskId}/delete/operationId")
        #expect(cancel == SourceLocation(file: "\(directory)/groups/tasks.yaml", line: 6, column: 20))
    }

    @Test func loadsRPCFixture() throws {
        let spec = try SpecLoader().load(directory: FixturePaths.spec("rpc-minimal"))
        #expect(spec.document.info.version == "2019-08-06")
        #expect(spec.document.paths.keys.map(\.rawValue) == ["/?Action=DescribeCluster"])
        let parameters = spec.document.paths["/?Action=DescribeCluster"]?.pathItemValue?.get?.parameters ?? []
        #expect(parameters.count == 3)
    }
}

/// Two groups may declare different methods of one path; the merged document holds both.
@Suite struct SharedPathTests {
    @Test func groupsShareAPathWithDifferentMethods() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("spec/alibaba-ack").path
        let (assembled, diagnostics) = SpecLoader().assemble(directory: directory)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let tree = SpecTree(try #require(assembled).root)
        let sites = tree.operations.filter { $0.path == "/clusters/{ClusterId}/nodes" }
        #expect(Set(sites.compactMap(\.operationID)) == ["DescribeClusterNodes", "DeleteClusterNodes"])
        #expect(Set(sites.compactMap { $0.operation["tags"]?.items?.first?.text }) == ["clusters", "node-pools"])
    }
}
