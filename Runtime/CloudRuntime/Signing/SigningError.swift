/// A request could not be signed.
public struct SigningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is missing or wrong; never contains a secret.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameter message: What is missing or wrong.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String {
        self.message
    }
}
