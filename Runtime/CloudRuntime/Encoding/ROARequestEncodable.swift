/// The parameters of one ROA (REST) operation.
///
/// Generated request types conform by placing each field in the path, the query, the headers
/// or the JSON body:
///
/// ```swift
/// extension DescribeClusterDetailRequest: ROARequestEncodable {
///     static let operation = OperationDescriptor(name: "DescribeClusterDetail", method: .get, path: "/clusters/{ClusterId}")
///     @_spi(Generated) public func encode(to request: inout ROARequestEncoder) throws {
///         try request.setPathParameter("ClusterId", self.clusterID)
///     }
/// }
/// ```
public protocol ROARequestEncodable: OperationRequest {
    /// Writes the parameters into the request encoder.
    ///
    /// - Parameter request: The encoder for this operation's path template.
    /// - Throws: ``RequestEncodingError`` for a missing required value or an unencodable one.
    @_spi(Generated) func encode(to request: inout ROARequestEncoder) throws
}
