import Testing

@testable import SpecGenCore

/// A spec fragment in, the exact Swift of one declaration out.
@Suite struct SnippetTests {
    static let pingGroup = """
        tag: {name: misc}
        paths:
          /ping:
            get:
              operationId: Ping
              parameters:
                - {name: kind, in: query, schema: {$ref: ../schemas/Kind.yaml}}
                - {name: holder, in: query, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: ../schemas/Holder.yaml}

        """

    func render(_ declarations: [Declaration]) -> String {
        declarations.map { SwiftRenderer().render($0) }.joined(separator: "\n")
    }

    @Test func stringEnumBecomesExtensibleEnum() throws {
        let folder = try SpecFolder(
            .roa, groups: ["misc": Self.pingGroup],
            schemas: [
                "Kind": "type: string\ndescription: What it is.\nenum: [Kubernetes, ManagedKubernetes, default]\n",
                "Holder": "type: object\nproperties:\n  name: {type: string}\n",
            ])
        let model = try folder.model()
        let shape = try #require(model.shape(named: "Kind"))
        #expect(
            self.render(Translator(model: model).shapeDeclarations(shape)) == """
                extension ACK {
                    /// What it is.
                    ///
                    /// - Remark: Generated from spec/t/schemas/Kind.yaml.
                    public struct Kind: ExtensibleEnum {
                        /// The value as sent on the wire.
                        public var rawValue: Swift.String

                        /// Creates a value; values the spec does not list are kept as they are.
                        public init(rawValue: Swift.String) {
                            self.rawValue = rawValue
                        }

                        /// `Kubernetes`
                        public static let kubernetes = Kind(rawValue: "Kubernetes")
                        /// `ManagedKubernetes`
                        public static let managedKubernetes = Kind(rawValue: "ManagedKubernetes")
                        /// `default`
                        public static let `default` = Kind(rawValue: "default")
                        /// The values the spec lists.
                        public static let allCases: [Kind] = [.kubernetes, .managedKubernetes, .`default`]
                    }
                }

                """)
    }

    @Test func structureBoxesNestedObjectsButNotLists() throws {
        let holder = """
            type: object
            required: [name]
            properties:
              name: {type: string, description: The name.}
              inner: {$ref: Holder.yaml}
              items:
                type: array
                items: {$ref: Holder.yaml}

            """
        let folder = try SpecFolder(
            .roa, groups: ["misc": Self.pingGroup],
            schemas: ["Kind": "type: string\nenum: [a]\n", "Holder": holder])
        let model = try folder.model()
        let shape = try #require(model.shape(named: "Holder"))
        #expect(
            self.render(Translator(model: model).shapeDeclarations(shape)) == """
                extension ACK {
                    /// The `Holder` structure.
                    ///
                    /// - Remark: Generated from spec/t/schemas/Holder.yaml.
                    public struct Holder: Codable, Equatable, Sendable, MemberwiseDescribable {
                        /// The name.
                        ///
                        /// The spec marks it required; nil only when an answer leaves it out.
                        public var name: Swift.String?
                        /// The `inner` field.
                        @Boxed public var inner: ACK.Holder?
                        /// The `items` field.
                        public var items: [ACK.Holder]?
                        /// Members the server sent that the spec does not describe, by wire name; each was reported as drift.
                        public var undocumentedFields = UndocumentedFields()

                        /// Creates a value.
                        ///
                        /// - Parameters:
                        ///   - name: The name.
                        ///   - inner: The `inner` field.
                        ///   - items: The `items` field.
                        public init(name: Swift.String? = nil, inner: ACK.Holder? = nil, items: [ACK.Holder]? = nil) {
                            self.name = name
                            self.inner = inner
                            self.items = items
                        }

                        enum CodingKeys: Swift.String, CodingKey, DocumentedCodingKeys {
                            case name
                            case inner
                            case items
                            case undocumentedFields

                            static let memberRules = MemberRules(required: ["name"])
                        }
                    }
                }

                """)
    }

    @Test func rpcRequestListsEveryFieldEncoding() throws {
        let group = """
            tag: {name: nodes}
            paths:
              /?Action=AddNodes:
                get:
                  operationId: AddNodes
                  parameters:
                    - {name: ClusterId, in: query, required: true, schema: {type: string}}
                    - name: InstanceId
                      in: query
                      schema: {type: array, x-index-base: 0, items: {type: string}}
                    - name: Node
                      in: query
                      schema: {type: array, x-index-base: 1, items: {$ref: ../schemas/Node.yaml}}
                    - {name: Config, in: query, x-json-string: true, schema: {$ref: ../schemas/Node.yaml}}
                    - {name: Single, in: query, schema: {$ref: ../schemas/Node.yaml}}
                  responses:
                    '200': {description: ok}

            """
        let folder = try SpecFolder(
            .rpc, groups: ["nodes": group], schemas: ["Node": "type: object\nproperties:\n  Role: {type: string}\n"])
        let model = try folder.model()
        let operation = try #require(model.operations.first)
        let declarations = Translator(model: model).operationDeclarations(operation)
        #expect(
            self.render([declarations[1]]) == """
                extension KCE.AddNodesRequest: RPCRequestEncodable {
                    /// The operation these parameters belong to.
                    ///
                    /// - Remark: Generated from spec/t/groups/nodes.yaml, `#/paths/~1?Action=AddNodes/get`.
                    public static let operation = OperationDescriptor(name: "AddNodes", action: "AddNodes")

                    /// Writes the fields into the request; the runtime does the encoding.
                    @_spi(Generated)
                    public func encode(to encoder: inout RPCParameterEncoder) throws {
                        try encoder.encode(self.clusterID, forKey: "ClusterId")
                        try encoder.encodeList(self.instanceID, forKey: "InstanceId", indexBase: 0)
                        try encoder.encodeList(self.node, forKey: "Node", indexBase: 1)
                        try encoder.encodeJSONString(self.config, forKey: "Config")
                        try encoder.encodeStructure(self.single, forKey: "Single")
                    }
                }

                """)
        let node = try #require(model.shape(named: "Node"))
        #expect(node.isRPCParameter)
        #expect(
            self.render([Translator(model: model).shapeDeclarations(node)[1]]) == """
                extension KCE.Node: RPCParameterEncodable {
                    /// Writes the fields as flattened RPC parameters under the encoder's prefix.
                    @_spi(Generated)
                    public func encode(to encoder: inout RPCParameterEncoder) throws {
                        try encoder.encode(self.role, forKey: "Role")
                    }
                }

                """)
    }

    @Test func roaRequestAndClientMethod() throws {
        let group = """
            tag: {name: pools}
            paths:
              /clusters/{ClusterId}/nodepools:
                post:
                  operationId: CreateNodePool
                  summary: Create a node pool.
                  parameters:
                    - {name: ClusterId, in: path, required: true, schema: {type: string}}
                    - {name: dry_run, in: query, schema: {type: boolean}}
                    - {name: zones, in: query, schema: {type: array, items: {type: string}}}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            count: {type: integer, format: int32}
                  responses:
                    '200': {description: ok}
              /version:
                get:
                  operationId: GetVersion
                  responses:
                    '200': {description: ok}

            """
        let folder = try SpecFolder(.roa, groups: ["pools": group])
        let model = try folder.model()
        let translator = Translator(model: model)
        let operation = try #require(model.operations.first)
        #expect(
            self.render([translator.operationDeclarations(operation)[1]]) == """
                extension ACK.CreateNodePoolRequest: ROARequestEncodable {
                    /// The operation these parameters belong to.
                    ///
                    /// - Remark: Generated from spec/t/groups/pools.yaml, `#/paths/~1clusters~1{ClusterId}~1nodepools/post`.
                    public static let operation = OperationDescriptor(
                        name: "CreateNodePool",
                        method: .post,
                        path: "/clusters/{ClusterId}/nodepools"
                    )

                    /// Writes the fields into the request; the runtime does the encoding.
                    @_spi(Generated)
                    public func encode(to request: inout ROARequestEncoder) throws {
                        try request.setPathParameter("ClusterId", self.clusterID)
                        try request.addQueryParameter("dry_run", self.dryRun)
                        try request.addQueryParameter("zones", self.zones, style: .repeated)
                        try request.setBodyField("count", self.count)
                    }
                }

                """)
        let client = translator.clientDeclarations()[1]
        let text = SwiftRenderer().render(client)
        #expect(
            text.contains(
                """
                    /// Create a node pool.
                    ///
                    /// - Parameters:
                    ///   - request: The operation's parameters.
                    ///   - options: Retry policy and timeout for this call only; by default the client's.
                    /// - Returns: The decoded response.
                    /// - Throws: A ``CloudError`` naming the operation: ``ServiceError`` when the service answers with an error, ``ResponseDecodingError`` when a successful answer cannot be read, ``TransportError`` when no answer arrives, ``RequestEncodingError``, ``ClientError``, ``CredentialsError`` or ``SigningError`` when the request cannot be built or signed; `CancellationError` when the task is cancelled.
                    /// - Remark: Generated from spec/t/groups/pools.yaml, `#/paths/~1clusters~1{ClusterId}~1nodepools/post`.
                    public func createNodePool(
                        _ request: ACK.CreateNodePoolRequest,
                        options: CallOptions = CallOptions()
                    ) async throws -> ACK.CreateNodePoolResponse {
                        try await self.client.send(request, options: options)
                    }
                """))
        // An operation without required fields can be called without arguments.
        #expect(
            text.contains(
                """
                    public func getVersion(
                        _ request: ACK.GetVersionRequest = ACK.GetVersionRequest(),
                        options: CallOptions = CallOptions()
                    ) async throws -> ACK.GetVersionResponse {
                """))
    }
}
