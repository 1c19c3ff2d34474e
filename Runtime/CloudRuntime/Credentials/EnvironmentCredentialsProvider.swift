import Foundation

/// Reads credentials from environment variables on every request.
///
/// Use a preset for a vendor's conventional names, or name your own variables:
///
/// ```swift
/// let provider = EnvironmentCredentialsProvider.alibabaCloud
/// let custom = EnvironmentCredentialsProvider(accessKeyIDVariable: "MY_AK", accessKeySecretVariable: "MY_SK")
/// ```
public struct EnvironmentCredentialsProvider: CredentialsProvider {
    /// The variable holding the access key ID.
    public var accessKeyIDVariable: String
    /// The variable holding the access key secret.
    public var accessKeySecretVariable: String
    /// The variable holding an optional STS token, if the vendor has one.
    public var securityTokenVariable: String?
    /// Supplies the environment; the process environment unless injected (tests).
    private let environment: @Sendable () -> [String: String]

    /// Creates a provider reading the named variables.
    ///
    /// - Parameters:
    ///   - accessKeyIDVariable: The access key ID variable.
    ///   - accessKeySecretVariable: The access key secret variable.
    ///   - securityTokenVariable: The STS token variable; an empty or unset token means long-term keys.
    ///   - environment: The variables to read; defaults to the process environment, read at each call.
    public init(
        accessKeyIDVariable: String,
        accessKeySecretVariable: String,
        securityTokenVariable: String? = nil,
        environment: (@Sendable () -> [String: String])? = nil
    ) {
        self.accessKeyIDVariable = accessKeyIDVariable
        self.accessKeySecretVariable = accessKeySecretVariable
        self.securityTokenVariable = securityTokenVariable
        self.environment = environment ?? { ProcessInfo.processInfo.environment }
    }

    /// Alibaba Cloud's names: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, `ALIBABA_CLOUD_SECURITY_TOKEN`.
    public static let alibabaCloud = EnvironmentCredentialsProvider.alibabaCloud(environment: nil)

    /// Kingsoft Cloud's names: `KSYUN_ACCESS_KEY`, `KSYUN_SECRET_KEY`, `KSYUN_SECURITY_TOKEN`.
    public static let kingsoftCloud = EnvironmentCredentialsProvider.kingsoftCloud(environment: nil)

    /// The Alibaba Cloud preset reading an injected environment.
    ///
    /// - Parameter environment: The variables to read, or nil for the process environment.
    /// - Returns: A provider reading Alibaba Cloud's variable names.
    public static func alibabaCloud(environment: (@Sendable () -> [String: String])?) -> EnvironmentCredentialsProvider {
        EnvironmentCredentialsProvider(
            accessKeyIDVariable: "ALIBABA_CLOUD_ACCESS_KEY_ID",
            accessKeySecretVariable: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            securityTokenVariable: "ALIBABA_CLOUD_SECURITY_TOKEN",
            environment: environment)
    }

    /// The Kingsoft Cloud preset reading an injected environment.
    ///
    /// - Parameter environment: The variables to read, or nil for the process environment.
    /// - Returns: A provider reading Kingsoft Cloud's variable names.
    public static func kingsoftCloud(environment: (@Sendable () -> [String: String])?) -> EnvironmentCredentialsProvider {
        EnvironmentCredentialsProvider(
            accessKeyIDVariable: "KSYUN_ACCESS_KEY",
            accessKeySecretVariable: "KSYUN_SECRET_KEY",
            securityTokenVariable: "KSYUN_SECURITY_TOKEN",
            environment: environment)
    }

    /// The Alibaba Cloud preset reading a fixed set of variables (tests).
    ///
    /// - Parameter environment: The variables to read instead of the process environment.
    /// - Returns: A provider reading Alibaba Cloud's variable names.
    public static func alibabaCloud(environment: [String: String]) -> EnvironmentCredentialsProvider {
        self.alibabaCloud(environment: { environment })
    }

    /// The Kingsoft Cloud preset reading a fixed set of variables (tests).
    ///
    /// - Parameter environment: The variables to read instead of the process environment.
    /// - Returns: A provider reading Kingsoft Cloud's variable names.
    public static func kingsoftCloud(environment: [String: String]) -> EnvironmentCredentialsProvider {
        self.kingsoftCloud(environment: { environment })
    }

    /// Reads the variables.
    ///
    /// - Returns: The credentials, with a security token when its variable is set and non-empty.
    /// - Throws: ``CredentialsError`` naming every required variable that is unset or empty.
    public func credentials() async throws -> Credentials {
        let variables = self.environment()
        func value(_ name: String) -> String? {
            guard let text = variables[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                return nil
            }
            return text
        }
        let accessKeyID = value(self.accessKeyIDVariable)
        let accessKeySecret = value(self.accessKeySecretVariable)
        guard let accessKeyID, let accessKeySecret else {
            let missing = [
                accessKeyID == nil ? self.accessKeyIDVariable : nil,
                accessKeySecret == nil ? self.accessKeySecretVariable : nil,
            ].compactMap { $0 }
            let tried = [self.accessKeyIDVariable, self.accessKeySecretVariable] + [self.securityTokenVariable].compactMap { $0 }
            throw CredentialsError(
                message: "No credentials in the environment: \(missing.joined(separator: " and ")) "
                    + "\(missing.count == 1 ? "is" : "are") unset or empty (variables read: \(tried.joined(separator: ", "))).",
                missingVariables: missing)
        }
        return Credentials(
            accessKeyID: accessKeyID, accessKeySecret: accessKeySecret,
            securityToken: self.securityTokenVariable.flatMap(value))
    }
}
