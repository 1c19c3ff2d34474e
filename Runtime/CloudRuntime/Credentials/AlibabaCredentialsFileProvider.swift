import Foundation

/// Reads Alibaba Cloud credentials from a file on every request: the credentials file or the CLI's configuration.
///
/// Two files are understood:
///
/// - **Credentials file** (``credentialsFile(path:profile:environment:)``), INI text at
///   `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`. The profile is the section
///   named by `ALIBABA_CLOUD_PROFILE`, else `[default]`. `type = access_key` takes `access_key_id` and
///   `access_key_secret`; `type = sts` also needs `security_token`.
///
///   ```ini
///   [default]
///   type = access_key
///   access_key_id = LTAI…
///   access_key_secret = …
///   ```
///
/// - **CLI configuration** (``cliConfiguration(path:profile:environment:)``), the Alibaba Cloud CLI's
///   `~/.aliyun/config.json`. The profile is the one named by `ALIBABA_CLOUD_PROFILE`, else by the
///   file's `current`, else `default`. Modes `AK` (`access_key_id`, `access_key_secret`) and
///   `StsToken` (also `sts_token`) are supported.
///
/// Other credential types (RAM roles, key pairs) are reported as unsupported. Errors name the file,
/// profile and missing keys, never a value.
public struct AlibabaCredentialsFileProvider: CredentialsProvider {
    /// The file formats.
    public enum Format: Sendable, Hashable {
        /// The INI credentials file, `~/.alibabacloud/credentials`.
        case credentialsFile
        /// The Alibaba Cloud CLI's JSON configuration, `~/.aliyun/config.json`.
        case cliConfiguration
    }

    /// Which file format is read.
    public var format: Format
    /// The file to read; nil for the format's usual location.
    public var path: String?
    /// The profile to use; nil to choose it as the format's description says.
    public var profile: String?
    /// Supplies the environment; the process environment unless injected (tests).
    private let environment: @Sendable () -> [String: String]

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - format: The file format.
    ///   - path: The file; nil for the usual location.
    ///   - profile: The profile; nil to choose by environment and file.
    ///   - environment: The variables to read; defaults to the process environment.
    public init(
        format: Format, path: String? = nil, profile: String? = nil,
        environment: (@Sendable () -> [String: String])? = nil
    ) {
        self.format = format
        self.path = path
        self.profile = profile
        self.environment = environment ?? { ProcessInfo.processInfo.environment }
    }

    /// A provider reading the INI credentials file.
    ///
    /// - Parameters:
    ///   - path: The file; nil for `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`.
    ///   - profile: The section; nil for `ALIBABA_CLOUD_PROFILE`, else `default`.
    ///   - environment: The variables to read; nil for the process environment.
    /// - Returns: The provider.
    public static func credentialsFile(
        path: String? = nil, profile: String? = nil, environment: (@Sendable () -> [String: String])? = nil
    ) -> AlibabaCredentialsFileProvider {
        AlibabaCredentialsFileProvider(format: .credentialsFile, path: path, profile: profile, environment: environment)
    }

    /// A provider reading the Alibaba Cloud CLI's configuration.
    ///
    /// - Parameters:
    ///   - path: The file; nil for `~/.aliyun/config.json`.
    ///   - profile: The profile; nil for `ALIBABA_CLOUD_PROFILE`, else the file's `current`, else `default`.
    ///   - environment: The variables to read; nil for the process environment.
    /// - Returns: The provider.
    public static func cliConfiguration(
        path: String? = nil, profile: String? = nil, environment: (@Sendable () -> [String: String])? = nil
    ) -> AlibabaCredentialsFileProvider {
        AlibabaCredentialsFileProvider(
            format: .cliConfiguration, path: path, profile: profile, environment: environment)
    }

    /// Reads the file and returns the profile's credentials.
    ///
    /// - Throws: ``CredentialsError`` when the file is missing or malformed, or the profile is
    ///   absent, of an unsupported type, or lacks a key.
    public func credentials() async throws -> Credentials {
        let variables = self.environment()
        let file = try self.resolvedPath(variables)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CredentialsError(message: "\(file) does not exist or cannot be read")
        }
        let explicitProfile = self.profile ?? variables["ALIBABA_CLOUD_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
        switch self.format {
        case .credentialsFile:
            return try AlibabaCredentialsINI(text: String(decoding: data, as: UTF8.self))
                .credentials(profile: explicitProfile ?? "default", file: file)
        case .cliConfiguration:
            return try AliyunCLIConfiguration(data: data, file: file).credentials(profile: explicitProfile, file: file)
        }
    }

    private func resolvedPath(_ variables: [String: String]) throws -> String {
        if let path = self.path { return path }
        if self.format == .credentialsFile, let path = variables["ALIBABA_CLOUD_CREDENTIALS_FILE"], !path.isEmpty {
            return path
        }
        guard let home = variables["HOME"], !home.isEmpty else {
            throw CredentialsError(
                message: "HOME is not set, so the credentials file cannot be located", missingVariables: ["HOME"])
        }
        let relative = self.format == .credentialsFile ? ".alibabacloud/credentials" : ".aliyun/config.json"
        return URL(fileURLWithPath: home).appendingPathComponent(relative).path
    }
}
