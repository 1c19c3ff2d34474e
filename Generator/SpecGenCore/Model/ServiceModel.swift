/// What one service's SDK means, free of OpenAPI's shape: how to reach and sign for it, its
/// operations and its data types. Lowering builds it from a loaded spec; translation reads it.
public struct ServiceModel: Equatable, Sendable {
    /// The Swift namespace and client prefix, e.g. `ACK` (`ACK.Cluster`, `ACKClient`).
    public var name: String
    /// The Swift module the code is generated into, e.g. `AlibabaACK`.
    public var module: String
    /// The spec folder as it is cited in generated comments, e.g. `spec/alibaba-ack`.
    public var specPath: String
    /// The service title from `info.title`.
    public var title: String
    /// The request style.
    public var style: ServiceStyle
    /// The vendor's API version, sent with every request.
    public var apiVersion: String
    /// The vendor's product code (`CS`); the service name when `x-sdk.product` is absent (Kingsoft).
    public var product: String
    /// The endpoint URL template and the default of its `{region}` variable.
    public var endpoint: EndpointModel
    /// The further servers a client may choose instead of ``endpoint`` (a global endpoint).
    public var alternativeEndpoints: [EndpointModel] = []
    /// The vendor's common error codes (`x-errors`), one per distinct code, sorted by code.
    public var errorCodes: [ErrorCodeModel] = []
    /// Supported signature algorithms; the first is the default.
    public var signatureAlgorithms: [SignatureAlgorithmModel]
    /// The AWS4 credential-scope service name (`kce`), if the service signs with AWS4.
    public var signingService: String?
    /// HTTP methods an RPC service accepts; the first is the default. Empty for ROA services.
    public var rpcMethods: [HTTPMethodModel]
    /// The operations, in spec order (group files by name, then document order).
    public var operations: [OperationModel]
    /// The named data types, sorted by Swift name.
    public var shapes: [ShapeModel]
    /// The waiters (`x-waiters`), in spec order of their polled operations.
    public var waiters: [WaiterModel] = []
    /// Where the service is declared (the root document's `x-sdk`).
    public var origin: Origin

    /// Creates a service model.
    public init(
        name: String, module: String, specPath: String, title: String, style: ServiceStyle, apiVersion: String,
        product: String, endpoint: EndpointModel, signatureAlgorithms: [SignatureAlgorithmModel],
        signingService: String?, rpcMethods: [HTTPMethodModel], operations: [OperationModel], shapes: [ShapeModel],
        origin: Origin
    ) {
        self.name = name
        self.module = module
        self.specPath = specPath
        self.title = title
        self.style = style
        self.apiVersion = apiVersion
        self.product = product
        self.endpoint = endpoint
        self.signatureAlgorithms = signatureAlgorithms
        self.signingService = signingService
        self.rpcMethods = rpcMethods
        self.operations = operations
        self.shapes = shapes
        self.origin = origin
    }

    /// The shape with this Swift name, if any.
    public func shape(named name: String) -> ShapeModel? {
        self.shapes.first { $0.name == name }
    }
}

/// How requests select an operation.
public enum ServiceStyle: String, Equatable, Sendable, Codable {
    /// REST style: method + path template, JSON bodies (Alibaba ROA).
    case roa
    /// `Action` + `Version` parameters on one endpoint, flattened lists (Kingsoft, Alibaba RPC).
    case rpc
}

/// A regional endpoint, e.g. `https://cs.{region}.aliyuncs.com` with default region `cn-hangzhou`.
public struct EndpointModel: Equatable, Sendable, Codable {
    /// The URL template; `{region}` is the only variable.
    public var template: String
    /// The region used when the client configuration names none.
    public var defaultRegion: String
    /// The name a client configuration selects it by: `regional`, `global`, or the server's
    /// `x-endpoint.choice` (such as `vpc`).
    public var choice: String
    /// Regions whose URL does not follow the template, by region ID (`x-endpoint.region-urls`).
    public var regionURLs: [String: String]

    /// Creates an endpoint.
    public init(template: String, defaultRegion: String, choice: String = "regional", regionURLs: [String: String] = [:]) {
        self.template = template
        self.defaultRegion = defaultRegion
        self.choice = choice
        self.regionURLs = regionURLs
    }
}

/// A request signature algorithm named by `x-signature.algorithms`.
public enum SignatureAlgorithmModel: String, Equatable, Sendable, Codable, CaseIterable {
    /// Alibaba ROA v1, `acs AK:signature` with HMAC-SHA1.
    case acsHMACSHA1 = "acs-hmac-sha1"
    /// Alibaba V3, `ACS3-HMAC-SHA256`.
    case acs3HMACSHA256 = "acs3-hmac-sha256"
    /// AWS Signature Version 4 as Kingsoft uses it.
    case aws4HMACSHA256 = "aws4-hmac-sha256"
}

/// An HTTP method as the SDK model needs it.
public enum HTTPMethodModel: String, Equatable, Sendable, Codable, CaseIterable {
    /// GET
    case get = "GET"
    /// POST
    case post = "POST"
    /// PUT
    case put = "PUT"
    /// DELETE
    case delete = "DELETE"
    /// PATCH
    case patch = "PATCH"
    /// HEAD
    case head = "HEAD"
}
