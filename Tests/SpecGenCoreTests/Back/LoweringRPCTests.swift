import Testing

@testable import SpecGenCore

@Suite struct LoweringRPCTests {
    static let paths = """
        "/?Action=CreateCluster": {"get": {"operationId": "CreateCluster",
          "parameters": [
            {"name": "ClusterName", "in": "query", "required": true, "schema": {"type": "string"}},
            {"name": "InstanceSet", "in": "query", "schema": {"type": "array", "x-index-base": 1,
              "items": {"$ref": "#/components/schemas/InstanceSet"}}},
            {"name": "ZoneId", "in": "query", "schema": {"type": "array", "x-index-base": 0, "items": {"type": "string"}}},
            {"name": "PublicApiServer", "in": "query", "x-json-string": true,
              "schema": {"$ref": "#/components/schemas/Para"}},
            {"name": "Network", "in": "query", "schema": {"$ref": "#/components/schemas/Network"}}
          ],
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
            {"type": "object", "properties": {"RequestId": {"type": "string"}}}}}}}}}
        """
    static let schemas = """
        "InstanceSet": {"type": "object", "required": ["NodeRole"], "properties": {
          "NodeRole": {"type": "string", "enum": ["Worker", "Master"]},
          "NodePara": {"x-json-string": true, "allOf": [{"$ref": "#/components/schemas/Para"}]},
          "Label": {"type": "array", "x-index-base": 1, "items": {"$ref": "#/components/schemas/Label"}}}},
        "Label": {"type": "object", "properties": {"Key": {"type": "string"}}},
        "Para": {"type": "object", "properties": {"Inner": {"$ref": "#/components/schemas/Label"}}},
        "Network": {"type": "object", "properties": {"VpcId": {"type": "string"}}}
        """

    func model() throws -> ServiceModel {
        let result = try JSONSpec.lower(JSONSpec.rpcRoot(paths: Self.paths, schemas: Self.schemas))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.model)
    }

    @Test func serviceFacts() throws {
        let model = try self.model()
        #expect(model.style == .rpc)
        #expect(model.signatureAlgorithms == [.aws4HMACSHA256])
        #expect(model.signingService == "kce")
        #expect(model.rpcMethods == [.post, .get])
        #expect(
            model.endpoint
                == EndpointModel(template: "https://kce.{region}.api.ksyun.com", defaultRegion: "cn-beijing-6"))
        #expect(model.operations.map(\.invocation) == [.rpc(action: "CreateCluster", methods: [])])
    }

    @Test func parameterEncodings() throws {
        let fields = try #require(try self.model().operations.first).fields
        let encodings = Dictionary(uniqueKeysWithValues: fields.map { ($0.wireName, $0.encoding) })
        #expect(encodings["ClusterName"] == .value)
        #expect(encodings["InstanceSet"] == .list(indexBase: 1))
        #expect(encodings["ZoneId"] == .list(indexBase: 0))
        #expect(encodings["PublicApiServer"] == .jsonString)
        #expect(encodings["Network"] == .structure)
        #expect(fields.map(\.location).allSatisfy { $0 == .rpc })
        #expect(fields.first { $0.wireName == "InstanceSet" }?.type == .optional(.array(.shape("InstanceSet"))))
    }

    @Test func flattenedStructuresAreMarkedTransitively() throws {
        let model = try self.model()
        let marked = Set(model.shapes.filter(\.isRPCParameter).map(\.name))
        // Para travels only as JSON text, so it is not flattened; Label is reached through InstanceSet.Label.
        #expect(marked == ["InstanceSet", "Label", "Network"])
        let instanceSet = try #require(model.shape(named: "InstanceSet"))
        let encodings = Dictionary(uniqueKeysWithValues: instanceSet.fields.map { ($0.wireName, $0.encoding) })
        #expect(encodings == ["NodeRole": .value, "NodePara": .jsonString, "Label": .list(indexBase: 1)])
        #expect(instanceSet.fields.first { $0.wireName == "NodeRole" }?.type == .shape("InstanceSetNodeRole"))
        #expect(model.shape(named: "Para")?.fields.map(\.encoding) == [.value])
    }

    @Test func responseRequestIDComesFromBody() throws {
        let response = try #require(try self.model().operations.first).response
        #expect(!response.hasSyntheticRequestID)
        guard case .fields(let fields) = response.kind else {
            Issue.record("expected fields")
            return
        }
        #expect(fields.map(\.swiftName) == ["requestID"])
    }

    /// The build's messages for an RPC parameter `Ids` with this schema (and these extensions).
    func listMessages(_ schema: String, parameter: String = "", schemas: String = "") throws -> [String] {
        let paths = """
            "/?Action=A": {"get": {"operationId": "A", "parameters": [
              {"name": "Ids", "in": "query", \(parameter)"schema": \(schema)}],
              "responses": {"200": {"description": "ok"}}}}
            """
        return try JSONSpec.check(JSONSpec.rpcRoot(paths: paths, schemas: schemas)).map(\.description)
    }

    @Test func listWithoutIndexBaseIsReported() throws {
        let needs = "needs 'x-index-base: 0' or 'x-index-base: 1' (RPC lists are flattened)"
        let typed = try self.listMessages(#"{"type": "array", "items": {"type": "string"}}"#)
        #expect(typed == ["spec/test/openapi.json:12:53: error: array parameter 'Ids' \(needs)"])
        // A schema with items and no type is a list to the build, too.
        let untyped = try self.listMessages(#"{"items": {"type": "string"}}"#)
        #expect(untyped == ["spec/test/openapi.json:12:44: error: array parameter 'Ids' \(needs)"])
        // The parameter's own flag wins over its schema's.
        let unflagged = try self.listMessages(
            #"{"type": "array", "x-json-string": true, "items": {"type": "string"}}"#,
            parameter: #""x-json-string": false, "#)
        #expect(unflagged == ["spec/test/openapi.json:12:77: error: array parameter 'Ids' \(needs)"])
    }

    @Test func anArraySchemaFileStatesItsIndexBase() throws {
        let file = #""Ids": {"type": "array", "x-index-base": 1, "items": {"type": "string"}}"#
        let reference = ##"{"$ref": "#/components/schemas/Ids"}"##
        #expect(try self.listMessages(reference, schemas: file) == [])
        let paths = """
            "/?Action=A": {"get": {"operationId": "A", "parameters": [{"name": "Ids", "in": "query", "schema": \(reference)}],
              "responses": {"200": {"description": "ok"}}}}
            """
        let model = try #require(try JSONSpec.lower(JSONSpec.rpcRoot(paths: paths, schemas: file)).model)
        #expect(model.operations.first?.fields.first?.encoding == .list(indexBase: 1))
        // A schema file's own `x-json-string` does not make the parameters using it JSON text.
        let flagged = try self.listMessages(
            reference, schemas: #""Ids": {"type": "array", "x-json-string": true, "items": {"type": "string"}}"#)
        #expect(
            flagged == [
                "spec/test/openapi.json:8:33: error: array schema 'Ids' needs 'x-index-base: 0' or 'x-index-base: 1' "
                    + "(RPC lists are flattened)"
            ])
    }

    @Test func freeFormJSONParameterNeedsJSONString() throws {
        let paths = """
            "/?Action=A": {"get": {"operationId": "A", "parameters": [
              {"name": "Config", "in": "query", "schema": {"type": "object"}}],
              "responses": {"200": {"description": "ok"}}}}
            """
        let result = try JSONSpec.lower(
            JSONSpec.rpcRoot(paths: paths), locations: ["/paths/~1?Action=A/get/parameters/0": (4, 3)])
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/test/openapi.yaml:4:3: error: RPC parameter 'Config' is free-form JSON; mark it "
                    + "'x-json-string: true' or describe its properties"
            ])
    }

    @Test func indexBaseMustBeZeroOrOne() throws {
        let paths = """
            "/?Action=A": {"get": {"operationId": "A", "parameters": [
              {"name": "Ids", "in": "query", "schema": {"type": "array", "x-index-base": 2, "items": {"type": "string"}}}],
              "responses": {"200": {"description": "ok"}}}}
            """
        #expect(
            try JSONSpec.check(JSONSpec.rpcRoot(paths: paths)).map(\.message) == [
                "'x-index-base' must be 0 or 1, found '2'"
            ])
    }

    @Test func listOfJSONStrings() throws {
        let paths = """
            "/?Action=A": {"get": {"operationId": "A", "parameters": [
              {"name": "Para", "in": "query", "schema": {"type": "array", "x-index-base": 0,
                "items": {"allOf": [{"$ref": "#/components/schemas/Label"}], "x-json-string": true}}}],
              "responses": {"200": {"description": "ok"}}}}
            """
        let schemas = #""Label": {"type": "object", "properties": {"Key": {"type": "string"}}}"#
        let result = try JSONSpec.lower(JSONSpec.rpcRoot(paths: paths, schemas: schemas))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let model = try #require(result.model)
        #expect(model.operations.first?.fields.first?.encoding == .jsonStringList(indexBase: 0))
        #expect(model.shape(named: "Label")?.isRPCParameter == false)
    }
}
