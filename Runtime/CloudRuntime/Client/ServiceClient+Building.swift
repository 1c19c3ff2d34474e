import Foundation
import HTTPTypes

extension ServiceClient {
    /// The region requests are sent to and signed for: the configured one, else the service's default.
    ///
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/invalidRegion``.
    func resolvedRegion() throws -> String {
        try RequestEndpoint.region(service: self.service, configuration: self.configuration)
    }

    /// The request head every operation starts from: method, scheme, authority and the target, which is
    /// the endpoint's path prefix, `path` (already encoded) and the encoded `query`.
    func baseRequest(method: HTTPRequest.Method, path: String, query: [QueryItem] = []) throws -> HTTPRequest {
        let endpoint = try self.endpoint.get()
        return HTTPRequest(
            method: method, scheme: endpoint.scheme, authority: endpoint.authority,
            path: RequestTarget(path: endpoint.pathPrefix + path, query: query).text)
    }

    /// The unsigned request for an operation's parameters: the parts they encode to, assembled.
    func unsignedRequest<R: OperationRequest>(
        _ parameters: R, operation: OperationDescriptor
    ) throws -> (request: HTTPRequest, body: [UInt8]) {
        switch try parameters.encodeParts(for: operation) {
        case .roa(let encoder): try self.makeROARequest(encoder, operation: operation)
        case .rpc(let items): try self.makeRPCRequest(items, operation: operation)
        }
    }

    /// Builds an unsigned ROA request: method and path from the operation, query, header parameters
    /// and JSON body from the encoder, plus the common `x-acs-*` headers.
    private func makeROARequest(
        _ encoder: ROARequestEncoder, operation: OperationDescriptor
    ) throws -> (request: HTTPRequest, body: [UInt8]) {
        guard let method = operation.method else {
            throw ClientError(
                kind: .unsupportedMethod, message: "ROA operation \(operation.name) has no HTTP method")
        }
        let parts = try encoder.makeRequestParts()

        var request = try self.baseRequest(method: method, path: parts.path, query: parts.query)
        request.headerFields.append(HTTPField(name: .accept, value: "application/json"))
        if parts.body != nil {
            request.headerFields.append(HTTPField(name: .contentType, value: "application/json"))
        }
        request.headerFields.append(HTTPField(name: .acsVersion, value: self.service.apiVersion))
        request.headerFields.append(HTTPField(name: .acsAction, value: operation.name))
        request.headerFields.append(try self.userAgentField())
        request.headerFields.append(contentsOf: encoder.headers)
        return (request, parts.body ?? [])
    }

    /// Builds an unsigned RPC request: `Action`, `Version` and the parameters, as a form body (POST) or query (GET).
    private func makeRPCRequest(
        _ parameters: [QueryItem], operation: OperationDescriptor
    ) throws -> (request: HTTPRequest, body: [UInt8]) {
        let items =
            [
                QueryItem(name: "Action", value: operation.action ?? operation.name),
                QueryItem(name: "Version", value: self.service.apiVersion),
            ] + parameters

        let method = try self.rpcMethod(for: operation)
        let isGET = method == .get
        var request = try self.baseRequest(method: method, path: operation.path, query: isGET ? items : [])
        request.headerFields.append(HTTPField(name: .accept, value: "application/json"))
        if !isGET {
            request.headerFields.append(HTTPField(name: .contentType, value: "application/x-www-form-urlencoded"))
        }
        request.headerFields.append(try self.userAgentField())
        return (request, isGET ? [] : Array(PercentEncoding.encodeQuery(items).utf8))
    }

    /// The configured `User-Agent`, refused when it holds a line break or NUL.
    private func userAgentField() throws(TransportError) -> HTTPField {
        guard HTTPField.isSentUnchanged(self.configuration.userAgent) else {
            throw TransportError(
                kind: .invalidRequest, message: "the value of header 'User-Agent' contains a line break")
        }
        return HTTPField(name: .userAgent, value: self.configuration.userAgent)
    }

    /// The RPC method: the configured one, else the service's default (or, for an action sent with fewer
    /// methods, its first); see ``ServiceDescriptor/rpcMethod(_:for:accepting:)``.
    func rpcMethod(for operation: OperationDescriptor) throws -> HTTPRequest.Method {
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
    ///
    /// - Returns: The request head with the signature's header fields added; the body is unchanged.
    func sign(_ request: HTTPRequest, body: [UInt8]) async throws -> HTTPRequest {
        let algorithm = try self.signatureAlgorithm()
        let context = SigningContext(
            date: self.configuration.clock(), nonce: self.configuration.nonce(), region: try self.resolvedRegion(),
            service: self.service.signingService)
        let credentials = try await self.credentials.credentials()
        guard HTTPField.isSentUnchanged(credentials.accessKeyID),
            HTTPField.isSentUnchanged(credentials.securityToken ?? "")
        else {
            throw SigningError(
                message:
                    "the access key ID or security token contains a line break or NUL; it cannot be sent in a header")
        }
        return try algorithm.signer.sign(request, body: body, credentials: credentials, context: context)
    }
}
