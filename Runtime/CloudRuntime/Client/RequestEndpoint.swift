import Foundation

/// Where a client's requests go: scheme, authority and the path prefix every target starts with,
/// worked out once from the configuration (parsing URLs on every call would cost more than signing).
struct RequestEndpoint: Sendable, Hashable {
    /// `http` or `https`.
    var scheme: String
    /// `host` or `host:port` (the port only when it is not the scheme's default).
    var authority: String
    /// The endpoint's own path, percent-encoded, without a trailing `/`; empty for none.
    var pathPrefix: String

    /// The endpoint of a service under a configuration: the configured URL, else the chosen endpoint
    /// of the region.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidEndpoint`` or
    ///   ``ClientError/Kind/invalidRegion``.
    init(service: ServiceDescriptor, configuration: ClientConfiguration) throws {
        let url: URL
        if let override = configuration.endpoint {
            url = try EndpointTemplate.validatedEndpoint(override.absoluteString, origin: "configured endpoint")
        } else if let text = configuration.unparsedEndpoint {
            url = try EndpointTemplate.validatedEndpoint(text, origin: "configured endpoint")
        } else {
            let template = try Self.chosenTemplate(service: service, configuration: configuration)
            url = try template.url(region: try Self.region(service: service, configuration: configuration))
        }
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), var host = components.percentEncodedHost
        else {
            throw ClientError(kind: .invalidEndpoint, message: "endpoint '\(url.absoluteString)' has no host")
        }
        // An IPv6 literal needs its brackets back to form an authority.
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        let defaultPort = scheme == "https" ? 443 : 80
        self.scheme = scheme
        self.authority = components.port.flatMap { $0 == defaultPort ? nil : "\(host):\($0)" } ?? host
        self.pathPrefix = prefix
    }

    /// The region requests are sent to and signed for: the configured one, else the service's default.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidRegion``.
    static func region(service: ServiceDescriptor, configuration: ClientConfiguration) throws -> String {
        let region = configuration.region ?? service.endpoint.defaultRegion
        try EndpointTemplate.validate(region: region)
        return region
    }

    /// The service endpoint the configuration chooses, the default one when it names none.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidEndpoint`` when the service has no
    ///   endpoint of the chosen name.
    static func chosenTemplate(
        service: ServiceDescriptor, configuration: ClientConfiguration
    ) throws -> EndpointTemplate {
        guard let choice = configuration.endpointChoice else { return service.endpoint }
        guard let endpoint = service.endpoints.first(where: { $0.choice == choice }) else {
            let known = service.endpoints.map(\.choice.rawValue).joined(separator: ", ")
            throw ClientError(
                kind: .invalidEndpoint,
                message: "\(service.name) has no endpoint '\(choice.rawValue)'; it offers: \(known)")
        }
        return endpoint
    }
}
