import Foundation

extension CredentialsProviderChain {
    /// Alibaba Cloud's usual places, in order: the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, …),
    /// the credentials file (`~/.alibabacloud/credentials`), the Alibaba Cloud CLI's `~/.aliyun/config.json`.
    public static let alibabaCloudDefault = CredentialsProviderChain.alibabaCloudDefault(environment: nil)

    /// Kingsoft Cloud's usual place: the environment (`KSYUN_ACCESS_KEY`, `KSYUN_SECRET_KEY`, `KSYUN_SECURITY_TOKEN`).
    public static let kingsoftCloudDefault = CredentialsProviderChain.kingsoftCloudDefault(environment: nil)

    /// The Alibaba Cloud chain reading an injected environment (variables, and `HOME` for the file locations).
    ///
    /// - Parameter environment: The variables to read, or nil for the process environment.
    /// - Returns: A chain of environment, credentials file and CLI configuration.
    public static func alibabaCloudDefault(environment: (@Sendable () -> [String: String])?) -> CredentialsProviderChain
    {
        CredentialsProviderChain([
            Link(name: "environment", provider: EnvironmentCredentialsProvider.alibabaCloud(environment: environment)),
            Link(
                name: "credentials file",
                provider: AlibabaCredentialsFileProvider.credentialsFile(environment: environment)),
            Link(
                name: "CLI configuration",
                provider: AlibabaCredentialsFileProvider.cliConfiguration(environment: environment)),
        ])
    }

    /// The Kingsoft Cloud chain reading an injected environment.
    ///
    /// - Parameter environment: The variables to read, or nil for the process environment.
    /// - Returns: A chain of the environment provider.
    public static func kingsoftCloudDefault(
        environment: (@Sendable () -> [String: String])?
    ) -> CredentialsProviderChain {
        CredentialsProviderChain([
            Link(name: "environment", provider: EnvironmentCredentialsProvider.kingsoftCloud(environment: environment))
        ])
    }
}
