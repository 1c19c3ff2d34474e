import Foundation

extension ServiceClient {
    /// The region requests are sent to and signed for: the configured one, else the service's default.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidRegion``.
    func resolvedRegion() throws -> String {
        let region = self.configuration.region ?? self.service.endpoint.defaultRegion
        try EndpointTemplate.validate(region: region)
        return region
    }

    /// The service endpoint the configuration chooses, the default one when it names none.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidEndpoint`` when the service has no
    ///   endpoint of the chosen name.
    func chosenEndpoint() throws -> EndpointTemplate {
        guard let choice = self.configuration.endpointChoice else { return self.service.endpoint }
        guard let endpoint = self.service.endpoints.first(where: { $0.choice == choice }) else {
            let known = self.service.endpoints.map(\.choice.rawValue).joined(separator: ", ")
            throw ClientError(
                kind: .invalidEndpoint,
                message: "\(self.service.name) has no endpoint '\(choice.rawValue)'; it offers: \(known)")
        }
        return endpoint
    }

    /// The request skeleton every operation starts from: scheme, host, port and the endpoint's path prefix.
    func baseRequest(method: HTTPMethod, path: String) throws -> HTTPRequest {
        let url: URL
        if let override = self.configuration.endpoint {
            url = try EndpointTemplate.validatedEndpoint(override.absoluteString, origin: "configured endpoint")
        } else if let text = self.configuration.unparsedEndpoint {
            url = try EndpointTemplate.validatedEndpoint(text, origin: "configured endpoint")
        } else {
            url = try self.chosenEndpoint().url(region: try self.resolvedRegion())
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
        return HTTPRequest(
            method: method, scheme: scheme, host: host, port: components.port.flatMap { $0 == defaultPort ? nil : $0 },
            path: prefix + path)
    }

    /// The unsigned request for an operation's parameters: the parts they encode to, assembled.
    func unsignedRequest<R: OperationRequest>(_ parameters: R, operation: OperationDescriptor) throws -> HTTPRequest {
        switch try parameters.encodeParts(for: operation) {
        case .roa(let encoder): try self.makeROARequest(encoder, operation: operation)
        case .rpc(let items): try self.makeRPCRequest(items, operation: operation)
        }
    }

    /// Builds an unsigned ROA request: method and path from the operation, query, header parameters
    /// and JSON body from the encoder, plus the common `x-acs-*` headers.
    private func makeROARequest(_ encoder: ROARequestEncoder, operation: OperationDescriptor) throws -> HTTPRequest {
        guard let method = operation.method else {
            throw ClientError(
                kind: .unsupportedMethod, message: "ROA operation \(operation.name) has no HTTP method")
        }
        let parts = try encoder.makeRequestParts()

        var request = try self.baseRequest(method: method, path: parts.path)
        request.query = parts.query
        request.headers.add(name: "Accept", value: "application/json")
        if let body = parts.body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = body
        }
        request.headers.add(name: "x-acs-version", value: self.service.apiVersion)
        request.headers.add(name: "x-acs-action", value: operation.name)
        request.headers.add(name: "User-Agent", value: self.configuration.userAgent)
        for field in encoder.headers { request.headers.add(name: field.name, value: field.value) }
        return request
    }

    /// Builds an unsigned RPC request: `Action`, `Version` and the parameters, as a form body (POST) or query (GET).
    private func makeRPCRequest(_ parameters: [QueryItem], operation: OperationDescriptor) throws -> HTTPRequest {
        let items =
            [
                QueryItem(name: "Action", value: operation.action ?? operation.name),
                QueryItem(name: "Version", value: self.service.apiVersion),
            ] + parameters

        let method = try self.rpcMethod(for: operation)
        var request = try self.baseRequest(method: method, path: operation.path)
        request.headers.add(name: "Accept", value: "application/json")
        if method == .get {
            request.query = items
        } else {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = Array(PercentEncoding.encodeQuery(items).utf8)
        }
        request.headers.add(name: "User-Agent", value: self.configuration.userAgent)
        return request
    }

    /// The RPC method: the configured one, else the service's default (or, for an action sent with fewer
    /// methods, its first); see ``ServiceDescriptor/rpcMethod(_:for:accepting:)``.
    func rpcMethod(for operation: OperationDescriptor) throws -> HTTPMethod {
        try self.service.rpcMethod(self.configuration.rpcMethod, for: operation.name, accepting: operation.rpcMethods)
    }

    /// The signature algorithm: the configured one, else the service's first; it must be one the service lists.
    func signatureAlgorithm() throws -> SignatureAlgorithm {
        let accepted = self.service.signatureAlgorithms
        guard let algorithm = self.configuration.signatureAlgorithm ?? accepted.first else {
            throw ClientError(
                kind: .unsupportedSignatureAlgorithm, message: "\(self.service.name) lists no signature algorithm")
        }
        guard accepted.isEmpty || accepted.contains(algorithm) else {
            throw ClientError(
                kind: .unsupportedSignatureAlgorithm,
                message: "\(self.service.name) accepts " + accepted.map(\.rawValue).joined(separator: ", ")
                    + ", not \(algorithm.rawValue)")
        }
        return algorithm
    }

    /// Signs a built request with the configured algorithm, time, nonce and region.
    func sign(_ request: HTTPRequest) async throws -> HTTPRequest {
        let algorithm = try self.signatureAlgorithm()
        let context = SigningContext(
            date: self.configuration.clock(), nonce: self.configuration.nonce(), region: try self.resolvedRegion(),
            service: self.service.signingService)
        let credentials = try await self.credentials.credentials()
        return try algorithm.signer.sign(request, credentials: credentials, context: context)
    }
}
