/// A request's parameters could not be turned into an HTTP request.
///
/// Thrown before anything is signed or sent; the message names the parameter at fault.
public struct RequestEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The wire name of the parameter at fault (`ClusterId`, `InstanceSet.1.NodePara`), if one.
    public var parameter: String?
    /// A sentence describing the problem.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - parameter: The wire name of the parameter at fault.
    ///   - message: What is wrong.
    public init(parameter: String?, message: String) {
        self.parameter = parameter
        self.message = message
    }

    /// The message.
    public var description: String {
        self.message
    }
}
