/// A spec folder read once into typed values: the part of OpenAPI 3.1 the generator supports plus
/// every vendor extension it reads, each value with the JSON pointer of the node it came from.
///
/// ``SpecReader`` builds it from the merged YAML tree; lowering, the mock and the tools read it instead
/// of the tree. Values that are malformed are left out (nil or empty): the validation rules report them
/// at their place, and nothing downstream reports them a second time.
public struct SpecDocument: Sendable {
    /// The spec folder as given (e.g. `spec/alibaba-ack`).
    public var directory: String
    /// `info.title`.
    public var title: String
    /// `info.version`, the API version.
    public var version: String
    /// The root's `x-sdk`.
    public var sdk: SDKExtension?
    /// `servers`, in order.
    public var servers: [Server]
    /// The first security scheme's `x-signature`.
    public var signature: SignatureExtension?
    /// The root's `x-errors` rows that are well formed.
    public var errors: [ErrorCodeRow]
    /// Every operation: paths in document order, the methods of a path in ``SpecReader/methodOrder``.
    public var operations: [Operation]
    /// Every schema file, by name, in document order.
    public var schemas: [String: SpecSchema]
    /// The schema names in document order.
    public var schemaNames: [String]
    /// Where each node of the merged document came from.
    public var sourceMap: SourceMap
    /// Where each `x-reference` that reading took is written, well formed or not; the `x-reference`
    /// rule reports the others.
    var referenceLocations: Set<SourceLocation> = []

    /// The location of the node at these unescaped pointer components, or of its nearest ancestor.
    public func location(of pointer: [String]) -> SourceLocation? {
        self.sourceMap.location(of: pointer)
    }
}

extension SpecDocument {
    /// One entry of `servers`.
    public struct Server: Sendable {
        /// The URL template, e.g. `https://cs.{region}.aliyuncs.com`.
        public var url: String
        /// Each variable's name and default, in spec order.
        public var variables: [(name: String, defaultValue: String?)]
        /// `x-endpoint`.
        public var endpoint: EndpointExtension?
        /// The server's pointer.
        public var pointer: [String]
    }

    /// One operation: a method under a path.
    public struct Operation: Sendable {
        /// The path key, e.g. `/clusters/{ClusterId}`.
        public var path: String
        /// The method key in lower case, e.g. `get`.
        public var method: String
        /// `operationId`.
        public var operationID: String?
        /// `summary`.
        public var summary: String?
        /// `description`.
        public var description: String?
        /// The path item's parameters followed by the operation's own.
        public var parameters: [Parameter]
        /// `requestBody`.
        public var requestBody: RequestBody?
        /// `responses`, in spec order.
        public var responses: [Response]
        /// `x-pagination`.
        public var pagination: PaginationExtension?
        /// `x-waiters`, sorted by name.
        public var waiters: [WaiterExtension]
        /// `x-waiter-after` entries.
        public var waiterTriggers: [WaiterTriggerExtension]
        /// `x-rpc-methods`: the HTTP methods this RPC action may be sent with, as written; nil when the
        /// service-wide `x-sdk.rpc.methods` applies.
        public var rpcMethods: [String]?
        /// `x-reference`: what the vendor reference documents where the operation deliberately differs.
        public var reference: ReferenceExtension?
        /// `x-source`: where an operation the reference does not document comes from.
        public var source: SourceExtension? = nil
        /// Why the operation is deprecated: `x-deprecation-reason` beside `deprecated: true`; nil when not.
        public var deprecation: String? = nil
        /// The operation's pointer (`paths/<path>/<method>`).
        public var pointer: [String]

        /// The first response with a 2xx status (or `2XX`), in spec order.
        public var successResponse: Response? {
            self.responses.first { $0.status.count == 3 && $0.status.hasPrefix("2") }
        }
    }

    /// One parameter of an operation.
    public struct Parameter: Sendable {
        /// `name`.
        public var name: String
        /// `in`: `path`, `query`, `header` or `cookie`.
        public var location: String
        /// `required`.
        public var isRequired: Bool
        /// `description`.
        public var description: String?
        /// `schema`; nil when the parameter uses `content` or has neither.
        public var schema: SpecSchema?
        /// `explode`, defaulting as OpenAPI does (true for the `form` style, which query parameters use).
        public var explode: Bool
        /// The field extensions written on the parameter itself.
        public var extensions: FieldExtensions
        /// The parameter's pointer.
        public var pointer: [String]
    }

    /// An operation's `requestBody`.
    public struct RequestBody: Sendable {
        /// `required`.
        public var isRequired: Bool
        /// `description`.
        public var description: String?
        /// Every media type, in spec order.
        public var content: [MediaType]
        /// The body's pointer.
        public var pointer: [String]
    }

    /// One response of an operation.
    public struct Response: Sendable {
        /// The status key as written (`200`, `2XX`, `default`).
        public var status: String
        /// `description`.
        public var description: String?
        /// Every media type, in spec order.
        public var content: [MediaType]
        /// The response's pointer.
        public var pointer: [String]
    }

    /// One entry of a `content` map.
    public struct MediaType: Sendable {
        /// The media type, e.g. `application/json`.
        public var type: String
        /// `schema`.
        public var schema: SpecSchema?
        /// `example`.
        public var example: YAMLNode?
        /// `examples`, each by name with its `value`.
        public var examples: [(name: String, value: YAMLNode)]
        /// The media type's pointer.
        public var pointer: [String]

        /// Whether the type is JSON (`application/json`, with or without parameters).
        public var isJSON: Bool { self.type.hasPrefix("application/json") }
    }
}
