import Testing

@testable import SpecGenCore

@Suite struct LoweringROATests {
    @Test func bodyPropertiesBecomeFieldsBesideParameters() throws {
        let paths = """
            "/clusters/{ClusterId}/nodepools": {"post": {"operationId": "CreateNodePool",
              "parameters": [
                {"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "names", "in": "query", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "zones", "in": "query", "x-json-string": true, "schema": {"type": "array", "items": {"type": "string"}}}
              ],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NodePool"}}}},
              "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
                {"type": "object", "properties": {"nodepool_id": {"type": "string"}}}}}}}}}
            """
        let schemas = """
            "NodePool": {"type": "object", "required": ["name"], "properties": {
              "name": {"type": "string"}, "scaling": {"type": "object", "properties": {"max": {"type": "integer", "format": "int32"}}}}}
            """
        let result = try JSONSpec.lower(JSONSpec.roaRoot(paths: paths, schemas: schemas))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let operation = try #require(result.model?.operations.first)
        #expect(operation.invocation == .roa(method: .post, path: "/clusters/{ClusterId}/nodepools"))
        #expect(operation.bodyKind == .fields)
        let byName = Dictionary(uniqueKeysWithValues: operation.fields.map { ($0.wireName, $0) })
        #expect(byName["ClusterId"]?.location == .path)
        #expect(byName["ids"]?.encoding == .queryList(.repeated))
        #expect(byName["names"]?.encoding == .queryList(.commaSeparated))
        #expect(byName["zones"]?.encoding == .queryList(.json))
        #expect(byName["name"]?.location == .bodyField)
        #expect(byName["name"]?.type == .string)
        // The inline object is named after the schema file that holds it, not after the operation.
        #expect(byName["scaling"]?.type == .optional(.shape("NodePoolScaling")))
        #expect(result.model?.shape(named: "NodePoolScaling")?.fields.first?.type == .optional(.integer32))
        #expect(operation.response.hasSyntheticRequestID)
    }

    @Test func nonObjectBodyIsOneField() throws {
        let paths = """
            "/tags": {"put": {"operationId": "TagResources",
              "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
              "responses": {"204": {"description": "done"}}}}
            """
        let operation = try #require(try JSONSpec.lower(JSONSpec.roaRoot(paths: paths)).model?.operations.first)
        #expect(operation.bodyKind == .value)
        #expect(operation.fields.map(\.swiftName) == ["body"])
        #expect(operation.fields.first?.type == .optional(.array(.string)))
        #expect(operation.response.kind == .empty)
    }

    @Test func bodyAndParameterCollisionNamesBothSites() throws {
        let paths = """
            "/clusters/{ClusterId}": {"put": {"operationId": "ModifyCluster",
              "parameters": [{"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"content": {"application/json": {"schema": {"type": "object",
                "properties": {"cluster_id": {"type": "string"}}}}}},
              "responses": {"200": {"description": "ok"}}}}
            """
        let operation = "/paths/~1clusters~1{ClusterId}/put"
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: paths),
            locations: [
                operation + "/parameters/0": (7, 11),
                operation + "/requestBody/content/application~1json/schema/properties/cluster_id": (14, 15),
            ])
        #expect(result.model == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/test/openapi.yaml:14:15: error: 'cluster_id' (bodyField) and 'ClusterId' (path) in request "
                    + "ModifyCluster both map to Swift name 'clusterID'; rename one with 'x-swift-name'\n"
                    + "spec/test/openapi.yaml:7:11: note: 'ClusterId' is declared here"
            ])
    }

    @Test func swiftNameOverrideResolvesCollision() throws {
        let schemas = """
            "Thing": {"type": "object", "properties": {
              "ClusterId": {"type": "string"}, "cluster_id": {"type": "string", "x-swift-name": "legacyClusterID"}}}
            """
        let paths = """
            "/things": {"get": {"operationId": "GetThing", "responses": {"200": {"description": "ok",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}
            """
        let result = try JSONSpec.lower(JSONSpec.roaRoot(paths: paths, schemas: schemas))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(
            Set(result.model?.shape(named: "Thing")?.fields.map(\.swiftName) ?? []) == ["clusterID", "legacyClusterID"])
    }

    @Test func aFieldMayNotTakeTheNameOfTheUndocumentedMembers() throws {
        let schemas = """
            "Thing": {"type": "object", "properties": {"undocumented_fields": {"type": "string"}}}
            """
        let paths = """
            "/things": {"get": {"operationId": "GetThing", "responses": {"200": {"description": "ok",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}
            """
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: paths, schemas: schemas),
            locations: ["/components/schemas/Thing/properties/undocumented_fields": (4, 7)])
        #expect(result.model == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/test/openapi.yaml:4:7: error: 'undocumented_fields' in Thing maps to Swift name "
                    + "'undocumentedFields', which holds the members the spec does not describe; rename it with "
                    + "'x-swift-name'"
            ])
    }

    @Test func derivedTypeNameCollisionIsReported() throws {
        let schemas = """
            "Cluster": {"type": "object", "properties": {"master": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
            "ClusterMaster": {"type": "object", "properties": {"m": {"type": "integer"}}}
            """
        let paths = """
            "/a": {"get": {"operationId": "A", "responses": {"200": {"description": "ok", "content": {"application/json":
              {"schema": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Cluster"},
              "b": {"$ref": "#/components/schemas/ClusterMaster"}}}}}}}}}
            """
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: paths, schemas: schemas),
            locations: [
                "/components/schemas/Cluster/properties/master": (3, 5), "/components/schemas/ClusterMaster": (1, 1),
            ])
        #expect(result.model == nil)
        // Which of the two is lowered first follows property order, which this JSON fixture does not keep.
        let sites = ["spec/test/openapi.yaml:1:1", "spec/test/openapi.yaml:3:5"]
        let expected = [sites, sites.reversed()].map { pair in
            "\(pair[0]): error: two types are named 'ClusterMaster': this one and the one at \(pair[1]); "
                + "rename one with 'x-swift-name'\n\(pair[1]): note: 'ClusterMaster' is first declared here"
        }
        #expect(result.diagnostics.count == 1)
        #expect(expected.contains(result.diagnostics.first?.description ?? ""))
    }

    @Test(arguments: [
        (
            #"{"oneOf": [{"type": "string"}, {"type": "integer"}]}"#,
            "allOf, oneOf, anyOf and not are not supported; describe the value as one object or as a free-form object"
        ),
        (
            #"{"type": "object", "properties": {"x": {"type": "string"}}}"#,
            "query parameter 'p' must be a string, number, boolean, string enum or a list of them ('x-json-string' applies to lists only)"
        ),
    ])
    func unsupportedParameterShapes(schema: String, message: String) throws {
        let paths = """
            "/a": {"get": {"operationId": "A", "parameters": [{"name": "p", "in": "query", "schema": \(schema)}],
              "responses": {"200": {"description": "ok"}}}}
            """
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: paths), locations: ["/paths/~1a/get/parameters/0": (2, 4)])
        #expect(result.diagnostics.map(\.message) == [message])
        #expect(result.diagnostics.first?.location?.description == "spec/test/openapi.yaml:2:4")
    }

    @Test func reservedTypeNameIsReported() throws {
        let schemas = #""JSONValue": {"type": "object", "properties": {"a": {"type": "string"}}}"#
        let paths = """
            "/a": {"get": {"operationId": "A", "responses": {"200": {"description": "ok", "content": {"application/json":
              {"schema": {"$ref": "#/components/schemas/JSONValue"}}}}}}}
            """
        let result = try JSONSpec.lower(JSONSpec.roaRoot(paths: paths, schemas: schemas))
        #expect(
            result.diagnostics.map(\.message) == [
                "type name 'JSONValue' is reserved (it would shadow a runtime or namespace name); rename it with 'x-swift-name'"
            ])
    }

    @Test func missingSDKExtensionIsReportedOnce() throws {
        let root = JSONSpec.roaRoot(paths: "").replacingOccurrences(
            of: #""x-sdk": {"name": "ACK", "module": "AlibabaACK", "protocol": "roa", "product": "CS"},"#, with: "")
        #expect(try JSONSpec.lower(root).model == nil)
        #expect(
            try JSONSpec.check(root).map(\.message) == [
                "missing 'x-sdk' in the root document (name, module, protocol)"
            ])
    }

    @Test func selfReferenceOutsideAnObjectIsReported() throws {
        let schemas = """
            "Names": {"type": "array", "items": {"$ref": "#/components/schemas/Names"}},
            "Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}
            """
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: "", schemas: schemas), locations: ["/components/schemas/Names/items": (2, 9)])
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/test/openapi.yaml:2:9: error: schema 'Names' refers to itself but is not an object with properties"
            ])
    }
}
