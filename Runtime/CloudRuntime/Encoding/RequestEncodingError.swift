/// A request's parameters could not be turned into an HTTP request.
///
/// Thrown before anything is signed or sent; the message names the parameter at fault.
public struct RequestEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The wire name of the parameter at fault (`ClusterId`, `InstanceSet.1.NodePara`), if one.
    public var parameter: String?
    /// A sentence describing the problem.
    public var message: String
    /// The operation whose request it was; filled in by the client.
    public var operation: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - parameter: The wire name of the parameter at fault.
    ///   - message: What is wrong.
    ///   - operation: The operation whose request it was.
    public init(parameter: String?, message: String, operation: String? = nil) {
        self.parameter = parameter
        self.message = message
        self.operation = operation
    }

    /// The message, after the operation: `DescribeClusterInstance: Filter.3.Name 'instance-id' repeats Filter.1.Name`.
    public var description: String {
        self.operation.map { "\($0): \(self.message)" } ?? self.message
    }
}
