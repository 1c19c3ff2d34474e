/// One API operation: how it is invoked, its input fields and its output.
public struct OperationModel: Equatable, Sendable {
    /// The vendor's API name, exactly (`operationId`), e.g. `DescribeClusterDetail`.
    public var name: String
    /// The client method name, e.g. `describeClusterDetail`.
    public var methodName: String
    /// The one-line summary.
    public var summary: String?
    /// The longer description.
    public var description: String?
    /// How a request selects this operation.
    public var invocation: Invocation
    /// Every input field in declaration order: parameters first, then body properties.
    public var fields: [FieldModel]
    /// What the ROA request body is made of; `.none` for RPC operations.
    public var bodyKind: BodyKind
    /// The decoded response.
    public var response: ResponseModel
    /// Where the operation is declared.
    public var origin: Origin
    /// How the operation pages, when it is a listing with `x-pagination`.
    public var pagination: PaginationModel?
    /// Why the operation is deprecated (`deprecated: true` with `x-deprecation-reason`); nil when it is not.
    public var deprecation: String?

    /// Creates an operation.
    public init(
        name: String, methodName: String, summary: String?, description: String?, invocation: Invocation,
        fields: [FieldModel], bodyKind: BodyKind, response: ResponseModel, origin: Origin
    ) {
        self.name = name
        self.methodName = methodName
        self.summary = summary
        self.description = description
        self.invocation = invocation
        self.fields = fields
        self.bodyKind = bodyKind
        self.response = response
        self.origin = origin
    }

    /// The Swift name of the request type, e.g. `DescribeClusterDetailRequest`.
    public var requestTypeName: String { SwiftName.unescaped(SwiftName.typeName(self.name)) + "Request" }
    /// The Swift name of the response type, e.g. `DescribeClusterDetailResponse`.
    public var responseTypeName: String { SwiftName.unescaped(SwiftName.typeName(self.name)) + "Response" }

    /// How a request selects its operation.
    public enum Invocation: Equatable, Sendable {
        /// ROA: an HTTP method and a path template such as `/clusters/{ClusterId}`.
        case roa(method: HTTPMethodModel, path: String)
        /// RPC: the `Action` parameter's value, and the HTTP methods the action may be sent with
        /// (`x-rpc-methods`); empty when every method of the service's `x-sdk.rpc.methods` may be used.
        case rpc(action: String, methods: [HTTPMethodModel])
    }

    /// What an ROA request body is made of.
    public enum BodyKind: Equatable, Sendable {
        /// No body.
        case none
        /// An object: its properties are fields (location `.bodyField`) beside path and query parameters.
        case fields
        /// Any other schema (array, string, free-form): one field named `body` (location `.body`).
        case value
    }
}

/// The output of an operation.
public struct ResponseModel: Equatable, Sendable {
    /// What the success body decodes into.
    public var kind: Kind
    /// Whether the response type gets a `requestID` property that no body field maps to
    /// (the runtime fills it from the response headers).
    public var hasSyntheticRequestID: Bool
    /// The response's description: the success response's, else its schema's.
    public var description: String?
    /// Where the response schema is declared (the operation's origin when there is none).
    public var origin: Origin

    /// Creates a response model.
    public init(kind: Kind, hasSyntheticRequestID: Bool, description: String? = nil, origin: Origin) {
        self.kind = kind
        self.hasSyntheticRequestID = hasSyntheticRequestID
        self.description = description
        self.origin = origin
    }

    /// What the success body decodes into.
    public enum Kind: Equatable, Sendable {
        /// No body schema.
        case empty
        /// An object: one property per field.
        case fields([FieldModel])
        /// Any other schema: decoded as a whole into `body`.
        case body(TypeReference)
    }
}
