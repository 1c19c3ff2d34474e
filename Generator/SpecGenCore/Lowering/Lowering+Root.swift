import OpenAPIKit

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

    mutating func lowerRoot() -> Root? {
        let sdkPointer = [VendorExtension.sdk]
        guard let sdk = self.document.vendorExtensions[VendorExtension.sdk]?.value as? [String: Any] else {
            self.error("the root document needs 'x-sdk' with 'name', 'module' and 'protocol'", at: [])
            return nil
        }
        let name = sdk["name"].flatMap(VendorExtension.string)
        let module = sdk["module"].flatMap(VendorExtension.string)
        let style = sdk["protocol"].flatMap(VendorExtension.string).flatMap(ServiceStyle.init(rawValue:))
        if name.map(SwiftName.isValidIdentifier) != true {
            self.error("'x-sdk.name' must be a Swift identifier such as ACK", at: sdkPointer + ["name"])
        }
        if module.map(SwiftName.isValidIdentifier) != true {
            self.error("'x-sdk.module' must be a Swift module name such as AlibabaACK", at: sdkPointer + ["module"])
        }
        if style == nil {
            self.error("'x-sdk.protocol' must be 'roa' or 'rpc'", at: sdkPointer + ["protocol"])
        }
        let rpcMethods = self.lowerRPCMethods(sdk, style: style)
        let endpoints = self.lowerEndpoints()
        let signing = self.lowerSigning()
        guard let name, let module, let style, let endpoints, let endpoint = endpoints.first, let signing else {
            return nil
        }
        return Root(
            name: name, module: module, style: style, product: sdk["product"].flatMap(VendorExtension.string) ?? name,
            endpoint: endpoint, alternativeEndpoints: Array(endpoints.dropFirst()), algorithms: signing.algorithms, signingService: signing.service,
            rpcMethods: rpcMethods)
    }

    private mutating func lowerRPCMethods(_ sdk: [String: Any], style: ServiceStyle?) -> [HTTPMethodModel] {
        let pointer = [VendorExtension.sdk, "rpc", "methods"]
        let names = ((sdk["rpc"] as? [String: Any])?["methods"] as? [Any])?.compactMap(VendorExtension.string)
        guard style == .rpc else {
            if names != nil { self.error("'x-sdk.rpc' is only meaningful with 'protocol: rpc'", at: pointer) }
            return []
        }
        guard let names, !names.isEmpty else {
            self.error("an RPC service needs 'x-sdk.rpc.methods', e.g. [POST, GET]", at: pointer)
            return []
        }
        var methods: [HTTPMethodModel] = []
        for name in names {
            guard let method = HTTPMethodModel(rawValue: name.uppercased()), method == .get || method == .post else {
                self.error("RPC method '\(name)' is not supported; use GET or POST", at: pointer)
                continue
            }
            methods.append(method)
        }
        return methods
    }

    /// Every server: the first is the default endpoint, the others are alternatives a client may
    /// choose, each named by its `x-endpoint.choice`, else `regional` (with `{region}`) or `global`
    /// (without). `x-endpoint.region-urls` lists regions whose URL does not follow the template.
    private mutating func lowerEndpoints() -> [EndpointModel]? {
        guard !self.document.servers.isEmpty else {
            self.error("the root document needs a server URL such as https://cs.{region}.aliyuncs.com", at: [])
            return nil
        }
        var endpoints: [EndpointModel] = []
        for (index, server) in self.document.servers.enumerated() {
            let pointer = ["servers", String(index)]
            let template = server.urlTemplate.rawValue
            let region = server.variables["region"]?.default
            guard template.contains("{region}") == (region != nil) else {
                self.error(
                    "the server URL must use a '{region}' variable with a default, and no other variable", at: pointer)
                return nil
            }
            if server.variables.keys.contains(where: { $0 != "region" }) {
                self.error("server variables other than 'region' are not supported", at: pointer + ["variables"])
                return nil
            }
            let options = server.vendorExtensions[VendorExtension.endpoint]?.value as? [String: Any] ?? [:]
            let choice = options["choice"].flatMap(VendorExtension.string) ?? (region == nil ? "global" : "regional")
            if endpoints.contains(where: { $0.choice == choice }) {
                self.error(
                    "a second '\(choice)' server: name each further server with a different 'x-endpoint.choice'",
                    at: pointer)
                return nil
            }
            var regionURLs: [String: String] = [:]
            for (regionID, url) in options["region-urls"] as? [String: Any] ?? [:] {
                regionURLs[regionID] = VendorExtension.string(url)
            }
            // A global endpoint still signs for a region: the default one's unless configured.
            let defaultRegion = region ?? endpoints.first?.defaultRegion ?? ""
            endpoints.append(
                EndpointModel(template: template, defaultRegion: defaultRegion, choice: choice, regionURLs: regionURLs))
        }
        return endpoints
    }

    private mutating func lowerSigning() -> (algorithms: [SignatureAlgorithmModel], service: String?)? {
        for (key, scheme) in self.document.components.securitySchemes {
            guard let scheme = scheme.b,
                let signature = scheme.vendorExtensions[VendorExtension.signature]?.value as? [String: Any]
            else { continue }
            let pointer = ["components", "securitySchemes", key.rawValue, VendorExtension.signature]
            let names = (signature["algorithms"] as? [Any])?.compactMap(VendorExtension.string) ?? []
            var algorithms: [SignatureAlgorithmModel] = []
            for name in names {
                guard let algorithm = SignatureAlgorithmModel(rawValue: name) else {
                    let known = SignatureAlgorithmModel.allCases.map(\.rawValue).joined(separator: ", ")
                    self.error("unknown signature algorithm '\(name)'; known: \(known)", at: pointer + ["algorithms"])
                    return nil
                }
                algorithms.append(algorithm)
            }
            guard !algorithms.isEmpty else {
                self.error("'x-signature.algorithms' must list at least one algorithm", at: pointer)
                return nil
            }
            let service = signature["service"].flatMap(VendorExtension.string)
            if algorithms.contains(.aws4HMACSHA256), service == nil {
                self.error("'aws4-hmac-sha256' needs 'x-signature.service', the credential-scope service", at: pointer)
                return nil
            }
            return (algorithms, service)
        }
        self.error("no security scheme declares 'x-signature' with the signing algorithms", at: [])
        return nil
    }
}
