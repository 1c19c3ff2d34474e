import Synchronization

/// Tries credential providers in order and signs with the first that has credentials.
///
/// Once a provider succeeds, later calls ask it alone (credentials that rotate, such as STS tokens
/// in the environment, stay current); when it later fails, the chain is walked again from the top.
/// When every provider fails, the ``CredentialsError`` names each one and why it had nothing,
/// never a credential value.
///
/// ```swift
/// let client = ACKClient(credentials: CredentialsProviderChain.alibabaCloudDefault)
/// let custom = CredentialsProviderChain([
///     .init(name: "environment", provider: EnvironmentCredentialsProvider.alibabaCloud),
///     .init(name: "vault", provider: VaultCredentialsProvider()),
/// ])
/// ```
public final class CredentialsProviderChain: CredentialsProvider {
    /// One provider of the chain and the name its failures are reported under.
    public struct Link: Sendable {
        /// A short name for error messages, such as `environment` or `credentials file`.
        public var name: String
        /// The provider.
        public var provider: any CredentialsProvider

        /// Creates a link.
        ///
        /// - Parameters:
        ///   - name: A short name for error messages.
        ///   - provider: The provider.
        public init(name: String, provider: any CredentialsProvider) {
            self.name = name
            self.provider = provider
        }
    }

    /// The providers, in the order they are tried.
    public let links: [Link]
    /// The index of the provider that last succeeded.
    private let lastSuccess = Mutex<Int?>(nil)

    /// Creates a chain.
    ///
    /// - Parameter links: The providers, in the order to try them.
    public init(_ links: [Link]) {
        self.links = links
    }

    /// The credentials of the provider that last succeeded, else of the first provider that has some.
    ///
    /// - Returns: The credentials.
    /// - Throws: ``CredentialsError`` naming every provider tried and why it failed;
    ///   `CancellationError` when the task is cancelled.
    public func credentials() async throws -> Credentials {
        if let index = self.lastSuccess.withLock({ $0 }), self.links.indices.contains(index) {
            do {
                return try await self.links[index].provider.credentials()
            } catch let error as CancellationError {
                throw error
            } catch {
                // The provider that worked before has nothing now: forget it and walk the whole chain.
                self.lastSuccess.withLock { $0 = nil }
            }
        }
        var reasons: [String] = []
        var missing: [String] = []
        for (index, link) in self.links.enumerated() {
            do {
                let credentials = try await link.provider.credentials()
                self.lastSuccess.withLock { $0 = index }
                return credentials
            } catch let error as CancellationError {
                throw error
            } catch let error as CredentialsError {
                reasons.append("\(link.name): \(error.message)")
                missing += error.missingVariables.filter { !missing.contains($0) }
            } catch {
                // A provider's own error type: its text is passed through redaction, as it may quote anything.
                reasons.append("\(link.name): \(LogRedaction.redact(text: String(describing: error)))")
            }
        }
        let tried = reasons.isEmpty ? "no providers are configured" : reasons.joined(separator: "; ")
        throw CredentialsError(message: "No credentials found. Tried \(tried)", missingVariables: missing)
    }
}
