/// Credentials could not be found.
///
/// The message names the places searched (such as environment variable names), never a value.
public struct CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, naming the variables or sources tried.
    public var message: String
    /// The environment variables that were required but missing or empty.
    public var missingVariables: [String]
    /// The operation whose request needed them; filled in by the client.
    public var operation: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - message: A sentence explaining what was looked for.
    ///   - missingVariables: The variable names that were missing or empty.
    public init(message: String, missingVariables: [String] = []) {
        self.message = message
        self.missingVariables = missingVariables
    }

    /// The message, after the operation when there is one.
    public var description: String {
        self.operation.map { "\($0): \(self.message)" } ?? self.message
    }
}
