import Testing

@testable import SpecGenCore

/// `x-observed: true` marks a property added from observed answers: lint wants a boolean, lowering
/// keeps the flag, the doc comment says so, and the docs index does not count it as a gap.
@Suite struct ObservedFieldTests {
    static let group = """
        tag: {name: items}
        paths:
          /items:
            get:
              operationId: ListItems
              responses:
                '200':
                  description: Items.
                  content:
                    application/json:
                      schema: {$ref: ../schemas/Item.yaml}

        """

    @Test func observedPropertyIsLoweredAndDocumented() throws {
        let item = """
            type: object
            properties:
              name: {type: string}
              region: {type: string, x-observed: true, description: Sent by the server; not in the vendor reference.}

            """
        let folder = try SpecFolder(.roa, groups: ["items": Self.group], schemas: ["Item": item])
        let model = try folder.model()
        let fields = try #require(model.shape(named: "Item")?.fields)
        #expect(fields.map(\.isObserved) == [false, true])
        let doc = Translator(model: model).fieldDoc(fields[1])
        #expect(
            doc == [
                "Sent by the server; not in the vendor reference.", "",
                "Observed in answers; not in the vendor reference.",
            ])
    }

    @Test func observedMustBeABoolean() throws {
        let item = """
            type: object
            properties:
              region: {type: string, x-observed: yes}

            """
        let folder = try SpecFolder(.roa, groups: ["items": Self.group], schemas: ["Item": item])
        #expect {
            _ = try folder.model()
        } throws: { error in
            folder.cited(try #require(error as? DiagnosticsError)) == [
                "spec/t/schemas/Item.yaml:3:38: error: 'x-observed' must be true or false, found a string"
            ]
        }
    }

    @Test func docsIndexLintIgnoresObservedFieldsItDoesNotList() throws {
        let folder = try TemporarySpec(copying: "drift-roa")
        defer { folder.remove() }
        try folder.replace(
            "  name: {type: string}\n",
            with: "  name: {type: string}\n  region: {type: string, x-observed: true}\n", in: "schemas/Cluster.yaml")
        #expect(SpecGen.lint(directories: [folder.path]).diagnostics == [])
        #expect(try SpecGen.coverage(directory: folder.path)[0].totals.percent == 100)
    }
}
