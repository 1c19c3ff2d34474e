/// The parameters of one operation, ROA or RPC: what ``ServiceClient`` sends and the catalogs list.
///
/// Generated request types conform through ``ROARequestEncodable`` or ``RPCRequestEncodable``, whose
/// extensions encode the parameters into `RequestParts`; the client assembles the HTTP request from
/// the parts, signs and sends it. The request never calls back into the client.
public protocol OperationRequest: Sendable {
    /// The operation these parameters belong to.
    static var operation: OperationDescriptor { get }

    /// Encodes the parameters into the parts of a request for an operation.
    ///
    /// - Parameter operation: The operation: its path template for ROA.
    /// - Returns: The parts the client assembles the HTTP request from.
    /// - Throws: ``RequestEncodingError`` when a value is missing or cannot be encoded.
    @_spi(Generated) func encodeParts(for operation: OperationDescriptor) throws -> RequestParts
}

/// What a request's parameters encode to, before the client adds the endpoint, the common headers,
/// `Action` and `Version`, and signs.
@_spi(Generated) public enum RequestParts: Sendable {
    /// An ROA request: path parameters, query, header parameters and the JSON body, in the encoder.
    case roa(ROARequestEncoder)
    /// An RPC request: the flattened parameters, in order.
    case rpc([QueryItem])
}

extension ROARequestEncodable {
    /// Encodes path, query, header parameters and JSON body through ``encode(to:)``.
    @_spi(Generated) public func encodeParts(for operation: OperationDescriptor) throws -> RequestParts {
        var encoder = ROARequestEncoder(operation: operation)
        try self.encode(to: &encoder)
        return .roa(encoder)
    }
}

extension RPCRequestEncodable {
    /// Flattens the parameters through ``RPCParameterEncodable/encode(to:)``.
    @_spi(Generated) public func encodeParts(for operation: OperationDescriptor) throws -> RequestParts {
        var encoder = RPCParameterEncoder()
        try self.encode(to: &encoder)
        return .rpc(encoder.items)
    }
}
