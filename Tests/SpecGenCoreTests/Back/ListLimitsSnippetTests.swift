import Testing

@testable import SpecGenCore

/// `minItems`, `maxItems` and `x-unique-by` of an RPC list reach the runtime encoder as `ListLimits`.
@Suite struct ListLimitsSnippetTests {
    static let group = """
        tag: {name: misc}
        paths:
          /?Action=Search:
            get:
              operationId: Search
              parameters:
                - name: Filter
                  in: query
                  schema:
                    type: array
                    x-index-base: 1
                    minItems: 1
                    maxItems: 100
                    x-unique-by: Name
                    items: {$ref: ../schemas/Filter.yaml}
                - name: ZoneId
                  in: query
                  schema: {type: array, x-index-base: 0, items: {type: string}}
              responses:
                '200': {description: ok}

        """
    static let filter = """
        type: object
        required: [Name, Value]
        properties:
          Name: {type: string}
          Value: {type: array, x-index-base: 1, maxItems: 5, items: {type: string}}

        """

    func model() throws -> ServiceModel {
        let folder = try SpecFolder(.rpc, groups: ["misc": Self.group], schemas: ["Filter": Self.filter])
        return try folder.model()
    }

    func render(_ declarations: [Declaration]) -> String {
        declarations.map { SwiftRenderer().render($0) }.joined(separator: "\n")
    }

    @Test func loweringCarriesTheListConstraints() throws {
        let operation = try #require(try self.model().operations.first)
        let filter = try #require(operation.fields.first { $0.wireName == "Filter" })
        #expect(filter.constraints == FieldConstraints(minItems: 1, maxItems: 100, uniqueBy: "Name"))
        let zone = try #require(operation.fields.first { $0.wireName == "ZoneId" })
        #expect(zone.constraints.isEmpty)
    }

    @Test func requestEncodingPassesLimitsOnlyWhereTheSpecSetsThem() throws {
        let model = try self.model()
        let operation = try #require(model.operations.first)
        let text = self.render(Translator(model: model).operationDeclarations(operation))
        #expect(
            text.contains(
                """
                    public func encode(to encoder: inout RPCParameterEncoder) throws {
                        try encoder.encodeList(
                            self.filter,
                            forKey: "Filter",
                            indexBase: 1,
                            limits: ListLimits(minItems: 1, maxItems: 100, uniqueBy: "Name")
                        )
                        try encoder.encodeList(self.zoneID, forKey: "ZoneId", indexBase: 0)
                    }
                """))
    }

    @Test func structureMembersPassTheirOwnLimits() throws {
        let model = try self.model()
        let shape = try #require(model.shape(named: "Filter"))
        let text = self.render(Translator(model: model).shapeDeclarations(shape))
        #expect(text.contains(#"try encoder.encodeList(self.value, forKey: "Value", indexBase: 1, limits: ListLimits(maxItems: 5))"#))
    }
}
