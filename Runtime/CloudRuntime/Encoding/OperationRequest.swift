/// The parameters of one operation, ROA or RPC: what ``ServiceClient`` sends and the catalogs list.
///
/// Generated request types conform through ``ROARequestEncodable`` or ``RPCRequestEncodable``,
/// whose extensions build the request in the protocol's own way; nothing else needs to conform.
public protocol OperationRequest: Sendable {
    /// The operation these parameters belong to.
    static var operation: OperationDescriptor { get }

    /// Builds the unsigned HTTP request for the client's service and configuration.
    ///
    /// - Parameters:
    ///   - client: The client whose service, endpoint and configuration shape the request.
    ///   - operation: The operation: name and method and path, or action.
    /// - Returns: The request, ready to be signed.
    /// - Throws: ``ClientError`` or ``RequestEncodingError`` when it cannot be built.
    func unsignedRequest(for client: ServiceClient, operation: OperationDescriptor) throws -> HTTPRequest
}

extension ROARequestEncodable {
    /// Builds the ROA request: path, query, headers and JSON body from ``encode(to:)``.
    public func unsignedRequest(for client: ServiceClient, operation: OperationDescriptor) throws -> HTTPRequest {
        try client.makeROARequest(self, operation: operation)
    }
}

extension RPCRequestEncodable {
    /// Builds the RPC request: `Action`, `Version` and the flattened parameters, as a form body or query.
    public func unsignedRequest(for client: ServiceClient, operation: OperationDescriptor) throws -> HTTPRequest {
        try client.makeRPCRequest(self, operation: operation)
    }
}
