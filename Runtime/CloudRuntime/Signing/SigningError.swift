/// A request could not be signed.
public struct SigningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is missing or wrong; never contains a secret.
    public var message: String
    /// The operation whose request it was; filled in by the client.
    public var operation: String?

    /// Creates an error.
    ///
    /// - Parameter message: What is missing or wrong.
    public init(message: String) {
        self.message = message
    }

    /// The message, after the operation when there is one.
    public var description: String {
        self.operation.map { "\($0): \(self.message)" } ?? self.message
    }
}
