import Testing

@testable import SpecGenCore

/// `specgen diff` on `type` lists: allowing more is compatible; allowing less breaks where a request may
/// send less. Fields read from answers are optional in Swift unless they are required lists, so only
/// there does `null` or a dropped `required` change the Swift property.
@Suite struct TypeListDiffTests {
    /// The fixture's `original` text becomes `base` on one side and `head` on the other.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var original: String
        var base: String
        var head: String
        var subject: String
        var kind: String
        var impact: SpecDiff.Impact

        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(
            name: "alternative added to a response field", file: "groups/clusters.yaml",
            original: "total: {type: integer}", base: "total: {type: integer}",
            head: "total: {type: [integer, string]}",
            subject: "DescribeClusters.response.total", kind: "alternative-types-added", impact: .nonBreaking),
        Case(
            name: "alternative removed from a response field", file: "groups/clusters.yaml",
            original: "total: {type: integer}", base: "total: {type: [integer, string]}",
            head: "total: {type: integer}",
            subject: "DescribeClusters.response.total", kind: "alternative-types-removed", impact: .nonBreaking),
        Case(
            name: "alternative removed from a request parameter", file: "groups/clusters.yaml",
            original: "schema: {type: string}", base: "schema: {type: [string, integer]}",
            head: "schema: {type: string}",
            subject: "DescribeCluster.request.ClusterId", kind: "alternative-types-removed", impact: .breaking),
        Case(
            name: "null allowed on an optional response field", file: "groups/clusters.yaml",
            original: "total: {type: integer}", base: "total: {type: integer}",
            head: "total: {type: [integer, 'null']}",
            subject: "DescribeClusters.response.total", kind: "nullable-added", impact: .nonBreaking),
        Case(
            name: "null allowed on a required response field, optional in Swift already", file: "schemas/Cluster.yaml",
            original: "name: {type: string}", base: "name: {type: string}", head: "name: {type: [string, 'null']}",
            subject: "Cluster.name", kind: "nullable-added", impact: .nonBreaking),
        Case(
            name: "null no longer allowed on a field requests send", file: "schemas/Cluster.yaml",
            original: "deleted_at: {type: [string, 'null']}", base: "deleted_at: {type: [string, 'null']}",
            head: "deleted_at: {type: string}",
            subject: "CreateCluster.request.deleted_at", kind: "nullable-removed", impact: .breaking),
    ]

    @Test(arguments: Self.cases)
    func classifiesTypeListChanges(_ edit: Case) throws {
        let base = try TemporarySpec(copying: "drift-roa", name: "base")
        let head = try TemporarySpec(copying: "drift-roa", name: "head")
        defer {
            base.remove()
            head.remove()
        }
        try base.replace(edit.original, with: edit.base, in: edit.file)
        try head.replace(edit.original, with: edit.head, in: edit.file)
        let diff = try SpecGen.diff(base: .directory(base.path), head: .directory(head.path))
        let changes = try #require(diff.services.first).changes
        #expect(changes.map(\.kind) == [edit.kind], "\(changes)")
        #expect(changes.first?.subject == edit.subject)
        #expect(changes.first?.impact == edit.impact)
    }

    @Test func aRequiredFieldOfAnswersBreaksCallersOnlyWhenItIsAList() throws {
        let base = try TemporarySpec(copying: "drift-roa", name: "base")
        let head = try TemporarySpec(copying: "drift-roa", name: "head")
        defer {
            base.remove()
            head.remove()
        }
        // Only answers use the shape: the request body is a copy of it.
        try base.replace(
            "required: [cluster_id, name]", with: "required: [cluster_id, name, tags]", in: "schemas/Cluster.yaml")
        try head.replace("required: [cluster_id, name]", with: "required: [cluster_id]", in: "schemas/Cluster.yaml")
        for spec in [base, head] {
            try spec.replace(
                "schema: {$ref: ../schemas/Cluster.yaml}\n      responses:\n        '202'",
                with: "schema: {type: object, properties: {name: {type: string}}}\n      responses:\n        '202'",
                in: "groups/clusters.yaml")
        }
        let diff = try SpecGen.diff(base: .directory(base.path), head: .directory(head.path))
        let changes = try #require(diff.services.first).changes.filter { $0.kind == "field-now-optional" }
        // [Tag] becomes [Tag]?; name was a String? already.
        #expect(changes.filter { $0.impact == .breaking }.map(\.subject) == ["Cluster.tags"])
        #expect(changes.filter { $0.impact == .nonBreaking }.map(\.subject) == ["Cluster.name"])
    }
}
