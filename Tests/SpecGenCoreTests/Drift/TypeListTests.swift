import Testing

@testable import SpecGenCore

/// `type` lists on properties and parameters: the first type that is not `null` is the Swift type, the
/// others are alternatives, `'null'` makes the field nullable; lint refuses what has no one Swift type.
@Suite struct TypeListTests {
    static let group = """
        tag: {name: items}
        paths:
          /items:
            get:
              operationId: ListItems
              parameters:
                - name: Limit
                  in: query
                  schema: {type: [integer, string]}
              responses:
                '200':
                  description: Items.
                  content:
                    application/json:
                      schema: {$ref: ../schemas/Item.yaml}

        """

    @Test func primaryAlternativesAndNullability() throws {
        let item = """
            type: object
            properties:
              size: {type: [integer, string], format: int64}
              flag:
                type: [boolean, string, 'null']
              count: {type: ['null', integer]}
              ratio: {type: [number, integer, boolean]}
              plain: {type: string}

            """
        let folder = try SpecFolder(.roa, groups: ["items": Self.group], schemas: ["Item": item])
        let model = try folder.model()
        let fields = Dictionary(
            uniqueKeysWithValues: (model.shape(named: "Item")?.fields ?? []).map { ($0.wireName, $0) })
        #expect(fields["size"]?.type == .optional(.integer64))
        #expect(fields["size"]?.alternativeTypes == [.string])
        #expect(fields["size"]?.isNullable == false)
        #expect(fields["flag"]?.type == .optional(.bool))
        #expect(fields["flag"]?.alternativeTypes == [.string])
        #expect(fields["flag"]?.isNullable == true)
        #expect(fields["count"]?.type == .optional(.integer))
        #expect(fields["count"]?.alternativeTypes == [])
        #expect(fields["count"]?.isNullable == true)
        #expect(fields["ratio"]?.type == .optional(.double))
        #expect(fields["ratio"]?.alternativeTypes == [.integer, .boolean])
        #expect(fields["plain"]?.alternativeTypes == [])
        let parameter = try #require(model.operations.first?.fields.first { $0.wireName == "Limit" })
        #expect(parameter.type == .optional(.integer))
        #expect(parameter.alternativeTypes == [.string])
    }

    @Test func listsWithoutOneSwiftTypeAreLocatedErrors() throws {
        let item = """
            type: object
            properties:
              a: {type: [integer, integer]}
              b: {type: [string, object]}
              c:
                type: array
                items: {type: [integer, string]}
              d: {$ref: Size.yaml}

            """
        let size = "type: [integer, string]\n"
        let folder = try SpecFolder(.roa, groups: ["items": Self.group], schemas: ["Item": item, "Size": size])
        #expect {
            _ = try folder.model()
        } throws: { error in
            let lines = folder.cited(try #require(error as? DiagnosticsError))
            return lines == [
                "spec/t/schemas/Item.yaml:3:23: error: 'integer' is listed twice in 'type'",
                "spec/t/schemas/Item.yaml:4:22: error: 'object' cannot share 'type' with other types; "
                    + "a list combines string, integer, number and boolean (and 'null')",
                "spec/t/schemas/Item.yaml:7:19: error: several types in 'type' are allowed on a property's or "
                    + "parameter's schema only; this schema has no field to hold them",
                "spec/t/schemas/Size.yaml:1:7: error: several types in 'type' are allowed on a property's or "
                    + "parameter's schema only; this schema has no field to hold them",
            ]
        }
    }

    @Test func nullAloneOrWithOneTypeIsFineAnywhere() throws {
        let item = """
            type: object
            properties:
              ids:
                type: [array, 'null']
                items: {type: [string, 'null']}

            """
        let folder = try SpecFolder(.roa, groups: ["items": Self.group], schemas: ["Item": item])
        let field = try #require(try folder.model().shape(named: "Item")?.fields.first)
        #expect(field.type == .optional(.array(.string)))
        #expect(field.isNullable)
        #expect(field.alternativeTypes == [])
    }
}
