/// A source of credentials, asked once per request so that rotating credentials stay current.
///
/// Conform with a type that reads or caches credentials:
///
/// ```swift
/// struct VaultCredentialsProvider: CredentialsProvider {
///     func credentials() async throws -> Credentials { try await vault.currentKey() }
/// }
/// ```
public protocol CredentialsProvider: Sendable {
    /// Returns the credentials to sign the next request with.
    ///
    /// - Throws: ``CredentialsError`` (or a provider-specific error) when no credentials are available.
    func credentials() async throws -> Credentials
}
