/// A value that flattens itself into RPC parameters (`Name.Sub=…`, `List.N.Field=…`).
///
/// Generated structures conform by listing their fields; the encoder they receive already
/// carries their prefix (`InstanceSet.1.`):
///
/// ```swift
/// extension InstanceSet: RPCParameterEncodable {
///     @_spi(Generated) public func encode(to encoder: inout RPCParameterEncoder) throws {
///         try encoder.encode(self.nodeRole, forKey: "NodeRole")
///     }
/// }
/// ```
public protocol RPCParameterEncodable: Sendable {
    /// Writes the value's parameters into the encoder.
    ///
    /// - Parameter encoder: The encoder, scoped to this value's prefix.
    /// - Throws: ``RequestEncodingError`` when a value cannot be encoded.
    @_spi(Generated) func encode(to encoder: inout RPCParameterEncoder) throws
}

/// The parameters of one RPC operation.
///
/// The runtime adds `Action` and `Version` and sends the parameters as a form body or a query.
public protocol RPCRequestEncodable: RPCParameterEncodable, OperationRequest {}
