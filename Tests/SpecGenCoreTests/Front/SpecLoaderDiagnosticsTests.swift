import Testing

@testable import SpecGenCore

@Suite struct SpecLoaderDiagnosticsTests {
    @Test func everyBadReferenceIsReportedAtItsNode() {
        #expect(
            LintOutput.lines("broken-refs") == [
                "broken-refs/groups/items.yaml:12:30: error: '$ref: ../schemas/Itme.yaml' refers to a missing file 'schemas/Itme.yaml'",
                "broken-refs/groups/items.yaml:18:28: error: '$ref: ../schemas/Item.yaml#/properties/name' has a fragment; refer to a whole schema file",
                "broken-refs/groups/items.yaml:24:30: error: '$ref: ../../outside/Item.yaml' leaves the spec folder",
                "broken-refs/schemas/Item.yaml:1:1: warning: schema 'Item' is not referenced by any operation or schema",
                "broken-refs/schemas/Item.yaml:4:17: error: '$ref: #/components/schemas/Owner' refers to a fragment; refer to a whole schema file such as '../schemas/Name.yaml'",
            ])
    }

    @Test func syntaxErrorsOfEveryFileAreReported() {
        #expect(
            LintOutput.lines("broken-syntax") == [
                "broken-syntax/groups/a.yaml:6:1: error: YAML syntax error: did not find expected ',' or '}'",
                "broken-syntax/groups/a.yaml:5:10: note: while parsing a flow mapping that starts here",
                "broken-syntax/groups/b.yaml:7:6: error: YAML syntax error: did not find expected key",
                "broken-syntax/groups/b.yaml:5:5: note: while parsing a block mapping that starts here",
                "broken-syntax/schemas/C.yaml:4:1: error: YAML syntax error: found unexpected end of stream",
                "broken-syntax/schemas/C.yaml:3:9: note: while scanning a quoted scalar that starts here",
            ])
    }

    @Test func loadThrowsEveryError() {
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try SpecGen.load(directory: FixturePaths.spec("broken-refs"))
        }
        #expect(error?.diagnostics.count { $0.severity == .error } == 4)
    }

    @Test func missingFolderIsAnError() {
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try SpecGen.load(directory: FixturePaths.spec("no-such-service"))
        }
        #expect(error?.description == "error: no spec folder at '\(FixturePaths.spec("no-such-service"))'")
    }

    @Test(arguments: [
        (
            "../schemas/Cluster.yaml", "groups/a.yaml",
            SchemaReference.Resolution.schema(path: "schemas/Cluster.yaml", name: "Cluster")
        ),
        ("Tag.yaml", "schemas/Cluster.yaml", .schema(path: "schemas/Tag.yaml", name: "Tag")),
        ("./Tag.yaml", "schemas/Cluster.yaml", .schema(path: "schemas/Tag.yaml", name: "Tag")),
        (
            "../groups/b.yaml", "groups/a.yaml",
            .invalid("'$ref: ../groups/b.yaml' must name a schema file 'schemas/<Name>.yaml', not 'groups/b.yaml'")
        ),
        (
            "https://example.com/a.yaml", "groups/a.yaml",
            .invalid("'$ref: https://example.com/a.yaml' must be a path relative to this file")
        ),
    ])
    func referenceResolution(reference: String, file: String, expected: SchemaReference.Resolution) {
        #expect(SchemaReference.resolve(reference, from: file) == expected)
    }
}
