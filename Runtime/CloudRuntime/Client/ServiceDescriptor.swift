import HTTPTypes

/// How to reach and sign for one service: everything the runtime needs besides the operations.
///
/// Generated clients declare one as a static constant:
///
/// ```swift
/// static let service = ServiceDescriptor(
///     name: "ACK", apiVersion: "2015-12-15", protocol: .roa, product: "CS",
///     endpoint: EndpointTemplate("https://cs.{region}.aliyuncs.com", defaultRegion: "cn-hangzhou"),
///     signatureAlgorithms: [.acsHMACSHA1, .acs3HMACSHA256], signingService: nil, rpcMethods: [])
/// ```
public struct ServiceDescriptor: Sendable, Hashable {
    /// The service's short name, for logs (`ACK`, `KCE`).
    public var name: String
    /// The API version, sent as `x-acs-version` (ROA) or `Version` (RPC).
    public var apiVersion: String
    /// The API style.
    public var `protocol`: ServiceProtocol
    /// The vendor's product code (`CS`).
    public var product: String
    /// The default endpoint, normally the regional one.
    public var endpoint: EndpointTemplate
    /// Further endpoints a client configuration may choose by ``EndpointTemplate/choice``, such as a
    /// global one without a region in its host name.
    public var alternativeEndpoints: [EndpointTemplate]
    /// The signature algorithms the service accepts; the first is the default.
    public var signatureAlgorithms: [SignatureAlgorithm]
    /// The AWS4 credential-scope service name (`kce`); nil for the Alibaba algorithms.
    public var signingService: String?
    /// The HTTP methods an RPC service accepts; the first is the default. Empty for ROA services.
    public var rpcMethods: [HTTPRequest.Method]

    /// Creates a service descriptor.
    ///
    /// - Parameters:
    ///   - name: The service's short name.
    ///   - apiVersion: The API version.
    ///   - protocol: The API style.
    ///   - product: The vendor's product code.
    ///   - endpoint: The default endpoint.
    ///   - alternativeEndpoints: Further endpoints to choose from; default none.
    ///   - signatureAlgorithms: The accepted signature algorithms, default first.
    ///   - signingService: The AWS4 credential-scope service name, if any.
    ///   - rpcMethods: The accepted RPC methods, default first.
    @_spi(Generated) public init(
        name: String, apiVersion: String, protocol: ServiceProtocol, product: String, endpoint: EndpointTemplate,
        alternativeEndpoints: [EndpointTemplate] = [], signatureAlgorithms: [SignatureAlgorithm],
        signingService: String?, rpcMethods: [HTTPRequest.Method]
    ) {
        self.name = name
        self.apiVersion = apiVersion
        self.protocol = `protocol`
        self.product = product
        self.endpoint = endpoint
        self.alternativeEndpoints = alternativeEndpoints
        self.signatureAlgorithms = signatureAlgorithms
        self.signingService = signingService
        self.rpcMethods = rpcMethods
    }

    /// Every endpoint, the default first.
    public var endpoints: [EndpointTemplate] {
        [self.endpoint] + self.alternativeEndpoints
    }
}
