import Foundation
import Testing

@testable import SpecGenCore

/// `specgen diff`: classification of each change kind, exit decisions, git sources and the outputs.
@Suite struct SpecDiffTests {
    /// One edit of the `diff-base` fixture and the change it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var find: String
        var replace: String
        var subject: String
        var kind: String
        var impact: SpecDiff.Impact
        /// Other kinds the edit must produce as well.
        var others: [String] = []

        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(
            name: "renamed operation (same route, new name)", file: "groups/tasks.yaml",
            find: "operationId: CancelTask", replace: "operationId: AbortTask",
            subject: "AbortTask", kind: "operation-renamed", impact: .breaking),
        Case(
            name: "renamed type (same declaration, new name)", file: "schemas/Tag.yaml",
            find: "x-swift-name: ClusterTag", replace: "x-swift-name: ResourceTag",
            // The fields of that type change type with it.
            subject: "ResourceTag", kind: "type-renamed", impact: .breaking, others: ["field-type-changed"]),
        Case(
            name: "new operation", file: "groups/tasks.yaml", find: "paths:\n",
            replace:
                "paths:\n  /tasks:\n    get:\n      operationId: ListTasks\n      responses:\n        '200': {description: OK.}\n",
            subject: "ListTasks", kind: "operation-added", impact: .nonBreaking),
        Case(
            name: "new required request field", file: "groups/tasks.yaml", find: "        - name: force",
            replace:
                "        - name: reason\n          in: query\n          required: true\n          schema: {type: string}\n        - name: force",
            subject: "CancelTask.request.reason", kind: "required-field-added", impact: .breaking),
        Case(
            name: "new optional request field", file: "groups/tasks.yaml", find: "        - name: force",
            replace:
                "        - name: reason\n          in: query\n          schema: {type: string}\n        - name: force",
            subject: "CancelTask.request.reason", kind: "field-added", impact: .nonBreaking),
        Case(
            name: "removed request field", file: "groups/tasks.yaml",
            find: "        - name: force\n          in: query\n          schema: {type: boolean, default: false}\n",
            replace: "",
            subject: "CancelTask.request.force", kind: "field-removed", impact: .breaking),
        Case(
            name: "optional to required", file: "groups/tasks.yaml", find: "          in: query\n",
            replace: "          in: query\n          required: true\n",
            subject: "CancelTask.request.force", kind: "field-now-required", impact: .breaking),
        Case(
            name: "changed type", file: "schemas/Cluster.yaml",
            find: "size: {type: integer, format: int32, minimum: 0}",
            replace: "size: {type: integer, format: int64, minimum: 0}",
            subject: "Cluster.size", kind: "field-type-changed", impact: .breaking),
        Case(
            name: "removed response field", file: "schemas/Tag.yaml", find: "  value: {type: string}\n", replace: "",
            subject: "ClusterTag.value", kind: "field-removed", impact: .breaking),
        Case(
            name: "new response field", file: "schemas/Tag.yaml", find: "  value: {type: string}\n",
            replace: "  value: {type: string}\n  owner: {type: string}\n",
            subject: "ClusterTag.owner", kind: "field-added", impact: .nonBreaking),
        Case(
            name: "removed enum value", file: "schemas/Cluster.yaml", find: "enum: [running, failed]",
            replace: "enum: [running]",
            subject: "ClusterState", kind: "enum-values-removed", impact: .breaking),
        Case(
            name: "added enum value", file: "schemas/Cluster.yaml", find: "enum: [running, failed]",
            replace: "enum: [running, failed, deleting]",
            subject: "ClusterState", kind: "enum-values-added", impact: .nonBreaking),
        Case(
            name: "changed default", file: "groups/tasks.yaml", find: "default: false", replace: "default: true",
            subject: "CancelTask.request.force", kind: "default-changed", impact: .nonBreaking),
        Case(
            name: "changed constraint", file: "schemas/Cluster.yaml", find: "minimum: 0", replace: "minimum: 1",
            subject: "Cluster.size", kind: "constraints-changed", impact: .nonBreaking),
        Case(
            name: "changed path", file: "groups/tasks.yaml", find: "/tasks/{TaskId}:", replace: "/jobs/{TaskId}:",
            subject: "CancelTask", kind: "route-changed", impact: .breaking),
        Case(
            name: "changed method", file: "groups/tasks.yaml", find: "    delete:", replace: "    put:",
            subject: "CancelTask", kind: "route-changed", impact: .breaking),
        Case(
            name: "removed signing algorithm", file: "openapi.yaml", find: "[acs-hmac-sha1, acs3-hmac-sha256]",
            replace: "[acs3-hmac-sha256]",
            subject: "Mini", kind: "signing-algorithm-removed", impact: .breaking),
        Case(
            name: "added signing algorithm", file: "openapi.yaml", find: "[acs-hmac-sha1, acs3-hmac-sha256]",
            replace: "[acs-hmac-sha1, acs3-hmac-sha256, aws4-hmac-sha256]\n        service: cs",
            subject: "Mini", kind: "signing-algorithm-added", impact: .nonBreaking),
        Case(
            name: "changed endpoint", file: "openapi.yaml", find: "https://cs.{region}.example.com",
            replace: "https://cs.{region}.example.net",
            subject: "Mini", kind: "endpoint-changed", impact: .nonBreaking),
        Case(
            name: "description only", file: "schemas/Cluster.yaml", find: "description: Cluster ID.",
            replace: "description: The cluster's ID.",
            subject: "Cluster.cluster_id", kind: "field-documentation-changed", impact: .documentation),
    ]

    @Test(arguments: Self.cases)
    func classifiesEachChangeKind(_ edit: Case) throws {
        let folder = try TemporarySpec(copying: "diff-base")
        defer { folder.remove() }
        try folder.replace(edit.find, with: edit.replace, in: edit.file)
        let diff = try SpecGen.diff(base: .directory(FixturePaths.spec("diff-base")), head: .directory(folder.path))
        let changes = try #require(diff.services.first).changes
        #expect(changes.map(\.kind).sorted() == ([edit.kind] + edit.others).sorted(), "\(changes)")
        let change = try #require(changes.first { $0.kind == edit.kind })
        #expect(change.subject == edit.subject)
        #expect(change.impact == edit.impact)
        if edit.others.isEmpty {
            #expect(diff.hasFindings(failingOn: .breaking) == (edit.impact == .breaking))
            #expect(diff.hasFindings(failingOn: .any) == (edit.impact != .documentation))
        }
    }

    @Test func renamedRPCActionIsARemovedOperation() throws {
        let folder = try TemporarySpec(copying: "rpc-minimal")
        defer { folder.remove() }
        try folder.replace("/?Action=DescribeCluster:", with: "/?Action=DescribeClusters:", in: "groups/cluster.yaml")
        try folder.replace(
            "operationId: DescribeCluster", with: "operationId: DescribeClusters", in: "groups/cluster.yaml")
        let diff = try SpecGen.diff(base: .directory(FixturePaths.spec("rpc-minimal")), head: .directory(folder.path))
        let changes = try #require(diff.services.first).changes
        // An RPC action is the operation's name: renaming it removes the old operation for clients.
        #expect(changes.map(\.kind) == ["operation-removed", "operation-added"])
        #expect(changes.first?.detail == "operation action DescribeCluster removed")
        #expect(changes.last?.detail == "new operation action DescribeClusters")
        #expect(diff.exitStatus(failingOn: .breaking) == 1)
    }

    @Test func removedOperationNewRequiredParameterAndTypeChangeAreThreeBreakingChanges() throws {
        let diff = try Self.fixtureDiff()
        let breaking = try #require(diff.services.first).changes.filter { $0.impact == .breaking }
        #expect(breaking.map(\.kind) == ["operation-removed", "field-type-changed", "required-field-added"])
        #expect(breaking.map(\.subject) == ["CancelTask", "Cluster.size", "DescribeCluster.request.RegionId"])
        #expect(diff.summary.breaking == 3)
        #expect(diff.exitStatus(failingOn: .breaking) == 1)
        #expect(diff.exitStatus(failingOn: .any) == 1)
    }

    @Test func identicalSpecsHaveNoFindings() throws {
        let base = FixturePaths.spec("diff-base")
        let diff = try SpecGen.diff(base: .directory(base), head: .directory(base))
        #expect(diff.services.first?.changes == [])
        #expect(diff.services.first?.symbols == [])
        #expect(diff.exitStatus(failingOn: .breaking) == 0)
        #expect(diff.exitStatus(failingOn: .any) == 0)
        #expect(diff.summaryLine == "0 breaking, 0 non-breaking")
    }

    @Test func coverageIsComparedWhenBothSidesHaveADocsIndex() throws {
        let complete = FixturePaths.spec("docs-index-complete")
        let gaps = FixturePaths.spec("coverage-gaps")
        let expected = try SpecGen.coverage(directory: gaps)[0].totals.percent
        let diff = try SpecGen.diff(base: .directory(complete), head: .directory(gaps))
        #expect(diff.services.first?.coverage?.after == expected)
        #expect(diff.services.first?.coverage?.before == (try SpecGen.coverage(directory: complete)[0].totals.percent))
        #expect(try Self.fixtureDiff().services.first?.coverage == nil)
    }

    @Test func publicSymbolsUseTheGeneratedNames() throws {
        let symbols = try #require(try Self.fixtureDiff().services.first).symbols
        let byName = Dictionary(symbols.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        let removed = try #require(byName["MiniClient.cancelTask(_:options:)"])
        #expect(removed.change == "removed")
        #expect(
            removed.before
                == "MiniClient.cancelTask(_: Mini.CancelTaskRequest, options: CallOptions) async throws -> Mini.CancelTaskResponse"
        )
        #expect(
            byName["Mini.DescribeClusterRequest.regionID"]?.after
                == "Mini.DescribeClusterRequest.regionID: Swift.String")
        #expect(byName["Mini.Cluster.size"]?.change == "changed")
        #expect(byName["Mini.Cluster.size"]?.before == "Mini.Cluster.size: Swift.Int32?")
        #expect(symbols.map(\.symbol) == symbols.map(\.symbol).sorted())
    }

    @Test(arguments: [ReportFormat.markdown, .json])
    func outputMatchesTheGoldenFile(format: ReportFormat) throws {
        let actual = try Self.fixtureDiff().rendered(as: format).replacingOccurrences(
            of: FixturePaths.root + "/", with: "")
        let file = "\(FixturePaths.spec("diff-golden"))/expected.\(format == .json ? "json" : "md")"
        let expected = try String(contentsOfFile: file, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func jsonRoundTripsAndHasASchemaVersion() throws {
        let diff = try Self.fixtureDiff()
        let json = diff.json()
        #expect(try JSONDecoder().decode(SpecDiff.self, from: Data(json.utf8)) == diff)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "services", "summary"])
        #expect(object["schemaVersion"] as? Int == SpecDiff.currentSchemaVersion)
    }

    @Test(arguments: [
        ("origin/main:spec/alibaba-ack", SpecDiffSource.git(revision: "origin/main", path: "spec/alibaba-ack")),
        ("HEAD:spec", .git(revision: "HEAD", path: "spec")),
        ("spec/alibaba-ack", .directory("spec/alibaba-ack")),
        (":odd", .directory(":odd")),
    ])
    func parsesSources(argument: String, expected: SpecDiffSource) {
        #expect(SpecDiffSource(argument: argument) == expected)
    }

    @Test func existingFolderWinsOverGitSyntax() throws {
        let folder = try TemporarySpec(copying: "diff-base", name: "a:b")
        defer { folder.remove() }
        #expect(SpecDiffSource(argument: folder.path) == .directory(folder.path))
    }

    private static func fixtureDiff() throws -> SpecDiff {
        try SpecGen.diff(
            base: .directory(FixturePaths.spec("diff-base")), head: .directory(FixturePaths.spec("diff-head")))
    }
}
