import Testing

@testable import SpecGenCore

/// The operation and service catalogs and the coding that serves them: requests decode from wire
/// names, responses encode to them, every operation is listed, and the service is one value.
@Suite struct CatalogTranslationTests {
    static let paths = """
        "/clusters/{ClusterId}": {"get": {"operationId": "DescribeCluster", "summary": "Get \\"one\\" cluster.",
          "parameters": [
            {"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}},
            {"name": "page_size", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "array", "items": {"type": "string"}}}}}}}},
        "/tags": {"put": {"operationId": "TagResources",
          "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
          "responses": {"204": {"description": "done"}}}}
        """

    func model() throws -> ServiceModel {
        try #require(try JSONSpec.lower(JSONSpec.roaRoot(paths: Self.paths)).model)
    }

    @Test func catalogListsEveryOperationByItsTypes() throws {
        let model = try self.model()
        // Inline JSON specs do not keep key order, so the expectation follows the model's order.
        let summaries = ["DescribeCluster": #""Get \"one\" cluster.""#, "TagResources": "nil"]
        let parameters = [
            "DescribeCluster": """
            [
                        OperationParameter(name: "ClusterId", location: .path, type: "string", isRequired: true),
                        OperationParameter(name: "page_size", location: .query, type: "integer"),
                    ]
            """,
            "TagResources": #"[OperationParameter(name: "body", location: .body, type: "list of string")]"#,
        ]
        let names = ["DescribeCluster": "describeClusterOperation", "TagResources": "tagResourcesOperation"]
        let entries = try model.operations.map { operation in
            let summary = try #require(summaries[operation.name])
            let parameters = try #require(parameters[operation.name])
            let name = try #require(names[operation.name])
            return """
                    private static let \(name): OperationCatalogEntry = OperationCatalogEntry(
                        summary: \(summary),
                        documentation: nil,
                        parameters: \(parameters),
                        request: ACK.\(operation.name)Request.self,
                        response: ACK.\(operation.name)Response.self
                    )

                """
        }
        #expect(model.operations.count == 2)
        // The list names one constant per entry: one literal of every entry is slow to type-check.
        let list = try model.operations.map { try #require(names[$0.name]) }.joined(separator: ", ")
        #expect(
            SwiftRenderer().render(Translator(model: model).operationCatalog()) == """
                extension ACK {
                    /// Every operation of Test ROA, in spec order, callable from JSON parameters keyed by wire names.
                    public static let operations: [OperationCatalogEntry] = [\(list)]

                """ + entries.joined() + """
                    }

                    """)
    }

    @Test(arguments: [
        (JSONSpec.roaRoot(paths: paths), "ACK", "Test ROA", "alibabaCloud"),
        (JSONSpec.rpcRoot(paths: ""), "KCE", "Test RPC", "kingsoftCloud"),
    ])
    func serviceCatalogGathersTheServiceWithItsVendorsCredentials(
        root: String, name: String, title: String, preset: String
    ) throws {
        let result = try JSONSpec.lower(root)
        let model = try #require(result.model, "\(result.diagnostics)")
        #expect(
            SwiftRenderer().render(Translator(model: model).serviceCatalog()) == """
                extension \(name) {
                    /// \(title) as one value, for tools that list services: its descriptor, operations, waiters
                    /// and default credentials.
                    ///
                    /// - Remark: Generated from spec/test/openapi.yaml.
                    public static let catalog = ServiceCatalog(
                        title: "\(title)",
                        descriptor: \(name).service,
                        operations: \(name).operations,
                        waiters: \(name).waiters,
                        defaultCredentials: { EnvironmentCredentialsProvider.\(preset)(environment: $0) }
                    )
                }

                """)
    }

    @Test func requestDecodesByWireNamesAndResponseHoldsItsBody() throws {
        let model = try self.model()
        let operation = try #require(model.operations.first { $0.name == "DescribeCluster" })
        let rendered = Translator(model: model).operationDeclarations(operation).map { SwiftRenderer().render($0) }
            .joined(separator: "\n")
        #expect(rendered.contains("public struct DescribeClusterRequest: Sendable, Equatable, Decodable, MemberwiseDescribable {"))
        #expect(rendered.contains("case clusterID = \"ClusterId\"\n            case pageSize = \"page_size\"\n"))
        // The compiler writes the decoding from the keys.
        #expect(!rendered.contains("init(from decoder"))
        #expect(rendered.contains("public typealias DescribeClusterResponse = BodyResponse<[Swift.String]>"))
    }

    @Test func responseWithoutBodyIsTheRuntimesEmptyResponse() throws {
        let model = try self.model()
        let operation = try #require(model.operations.first { $0.name == "TagResources" })
        #expect(operation.response.kind == .empty)
        let rendered = Translator(model: model).operationDeclarations(operation).map { SwiftRenderer().render($0) }
            .joined(separator: "\n")
        #expect(rendered.contains("public typealias TagResourcesResponse = EmptyResponse"))
        #expect(rendered.contains("case body\n"))
    }

    @Test func aBodyFieldRepeatingAPathParameterOfTheSameTypeDecodesFromOneKey() throws {
        let paths = """
            "/clusters/{ClusterId}": {"put": {"operationId": "ModifyCluster",
              "parameters": [{"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["ClusterId"],
                "properties": {"ClusterId": {"type": "string", "x-swift-name": "bodyClusterID"}}}}}},
              "responses": {"200": {"description": "ok"}}}}
            """
        let result = try JSONSpec.lower(JSONSpec.roaRoot(paths: paths))
        let model = try #require(result.model, "\(result.diagnostics)")
        let operation = try #require(model.operations.first)
        let rendered = Translator(model: model).operationDeclarations(operation).map { SwiftRenderer().render($0) }
            .joined(separator: "\n")
        #expect(rendered.contains("case clusterID = \"ClusterId\"\n        }"))
        #expect(rendered.contains("self.clusterID = try container.decode(Swift.String.self, forKey: .clusterID)"))
        #expect(rendered.contains("self.bodyClusterID = try container.decode(Swift.String.self, forKey: .clusterID)"))
    }

    @Test func fieldsSharingAWireNameWithDifferentTypesAreReported() throws {
        let paths = """
            "/clusters/{ClusterId}": {"put": {"operationId": "ModifyCluster",
              "parameters": [{"name": "ClusterId", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"content": {"application/json": {"schema": {"type": "object",
                "properties": {"ClusterId": {"type": "integer", "x-swift-name": "bodyClusterID"}}}}}},
              "responses": {"200": {"description": "ok"}}}}
            """
        let operation = "/paths/~1clusters~1{ClusterId}/put"
        let result = try JSONSpec.lower(
            JSONSpec.roaRoot(paths: paths),
            locations: [
                operation + "/parameters/0": (7, 11),
                operation + "/requestBody/content/application~1json/schema/properties/ClusterId": (14, 15),
            ])
        #expect(result.model == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/test/openapi.yaml:14:15: error: 'ClusterId' (bodyField) and 'ClusterId' (path) in request "
                    + "ModifyCluster share one wire name; the JSON of parameters keyed by wire names cannot hold both\n"
                    + "spec/test/openapi.yaml:7:11: note: 'ClusterId' is declared here"
            ])
    }

    @Test func longArrayLiteralsBreakOneElementPerLine() {
        let elements = (1...8).map { Expression.string("element-number-\($0)") }
        let declaration = Declaration.variable(
            VariableDeclaration(isStatic: true, isMutable: false, name: "all", value: .array(elements)))
        let expected =
            "public static let all = [\n" + (1...8).map { "    \"element-number-\($0)\",\n" }.joined() + "]\n"
        #expect(SwiftRenderer().render(declaration) == expected)
        let short = Declaration.variable(
            VariableDeclaration(isMutable: false, name: "few", value: .array([.integer(1), .integer(2)])))
        #expect(SwiftRenderer().render(short) == "public let few = [1, 2]\n")
    }
}
