extension Lowering {
    /// The service-wide facts from the root document.
    struct Root {
        var name: String
        var module: String
        var style: ServiceStyle
        var product: String
        var endpoint: EndpointModel
        var alternativeEndpoints: [EndpointModel]
        var algorithms: [SignatureAlgorithmModel]
        var signingService: String?
        var rpcMethods: [HTTPMethodModel]
    }

    /// The root's facts; nil when `x-sdk`, the servers or the signature cannot be used (the `x-sdk`,
    /// endpoint and signature rules say why, so nothing is reported here twice).
    mutating func lowerRoot() -> Root? {
        guard let sdk = self.document.sdk, let name = sdk.name, SwiftName.isValidIdentifier(name),
            let module = sdk.module, SwiftName.isValidIdentifier(module), let style = sdk.style
        else {
            self.failureCount += 1
            return nil
        }
        let rpcMethods = Self.rpcMethods(sdk, style: style)
        guard let endpoints = self.lowerEndpoints(), let endpoint = endpoints.first, let signing = self.lowerSigning(),
            style == .roa || !rpcMethods.isEmpty
        else {
            self.failureCount += 1
            return nil
        }
        return Root(
            name: name, module: module, style: style, product: sdk.product ?? name, endpoint: endpoint,
            alternativeEndpoints: Array(endpoints.dropFirst()), algorithms: signing.algorithms,
            signingService: signing.service, rpcMethods: rpcMethods)
    }

    /// The RPC methods of `x-sdk.rpc.methods` that are GET or POST; empty for ROA.
    private static func rpcMethods(_ sdk: SDKExtension, style: ServiceStyle) -> [HTTPMethodModel] {
        guard style == .rpc else { return [] }
        return (sdk.rpcMethods ?? []).compactMap { name in
            HTTPMethodModel(rawValue: name.uppercased()).flatMap { $0 == .get || $0 == .post ? $0 : nil }
        }
    }

    /// Every server: the first is the default endpoint, the others are alternatives a client may
    /// choose, each named by its `x-endpoint.choice`, else `regional` (with `{region}`) or `global`
    /// (without). `x-endpoint.region-urls` lists regions whose URL does not follow the template.
    private mutating func lowerEndpoints() -> [EndpointModel]? {
        guard !self.document.servers.isEmpty else { return nil }
        var endpoints: [EndpointModel] = []
        for server in self.document.servers {
            let region = server.variables.first { $0.name == "region" }?.defaultValue
            guard server.url.contains("{region}") == (region != nil),
                server.variables.allSatisfy({ $0.name == "region" })
            else { return nil }
            let choice = server.endpoint?.choice ?? (region == nil ? "global" : "regional")
            guard !endpoints.contains(where: { $0.choice == choice }) else { return nil }
            var regionURLs: [String: String] = [:]
            for (regionID, url) in server.endpoint?.regionURLs ?? [] {
                regionURLs[regionID] = url
            }
            // A global endpoint still signs for a region: the default one's unless configured.
            let defaultRegion = region ?? endpoints.first?.defaultRegion ?? ""
            endpoints.append(
                EndpointModel(
                    template: server.url, defaultRegion: defaultRegion, choice: choice, regionURLs: regionURLs))
        }
        return endpoints
    }

    private func lowerSigning() -> (algorithms: [SignatureAlgorithmModel], service: String?)? {
        guard let signature = self.document.signature else { return nil }
        let algorithms = signature.algorithms.compactMap(SignatureAlgorithmModel.init(rawValue:))
        guard !algorithms.isEmpty, algorithms.count == signature.algorithms.count,
            !algorithms.contains(.aws4HMACSHA256) || signature.service != nil
        else { return nil }
        return (algorithms, signature.service)
    }
}
