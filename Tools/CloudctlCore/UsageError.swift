/// The command line is wrong: an unknown service or operation, a missing value, a bad option.
///
/// The command exits with status 64 (`EX_USAGE`) and prints ``message``.
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and, where possible, what to type instead.
    public var message: String

    /// Creates a usage error.
    ///
    /// - Parameter message: What is wrong and how to fix it.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String {
        self.message
    }
}
