/// Provides the same credentials every time.
public struct StaticCredentialsProvider: CredentialsProvider {
    /// The credentials returned.
    public let value: Credentials

    /// Creates a provider for fixed credentials.
    ///
    /// - Parameter credentials: The credentials to return.
    public init(_ credentials: Credentials) {
        self.value = credentials
    }

    /// Creates a provider from the parts of the credentials.
    ///
    /// - Parameters:
    ///   - accessKeyID: The access key ID.
    ///   - accessKeySecret: The access key secret.
    ///   - securityToken: The STS security token, or nil.
    public init(accessKeyID: String, accessKeySecret: String, securityToken: String? = nil) {
        self.value = Credentials(accessKeyID: accessKeyID, accessKeySecret: accessKeySecret, securityToken: securityToken)
    }

    /// Returns the fixed credentials.
    public func credentials() async throws -> Credentials {
        self.value
    }
}
