/// What a run of `cloudctl` writes and how it exits.
public struct CommandOutput: Sendable, Hashable {
    /// The text for standard output.
    public var standardOutput: String
    /// The text for standard error.
    public var standardError: String
    /// The exit status: 0 success, 1 failed call, 64 usage error.
    public var exitCode: Int32

    /// Creates an output.
    public init(standardOutput: String = "", standardError: String = "", exitCode: Int32 = 0) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.exitCode = exitCode
    }
}
