/// An access key pair, optionally with a temporary security token (STS).
///
/// Descriptions, debug descriptions and reflection (`dump`, debugger) show the access key ID
/// only; the secret and the token always print as `<redacted>`, so credentials can be logged
/// or captured in errors without leaking them.
public struct Credentials: Sendable, Hashable {
    /// The public access key ID (`LTAI…` at Alibaba Cloud, `AKLT…` at Kingsoft Cloud).
    public var accessKeyID: String
    /// The secret that signs requests. Never printed.
    public var accessKeySecret: String
    /// The temporary security token of STS credentials; nil for long-term keys. Never printed.
    public var securityToken: String?

    /// Creates credentials.
    ///
    /// - Parameters:
    ///   - accessKeyID: The access key ID.
    ///   - accessKeySecret: The access key secret.
    ///   - securityToken: The STS security token, or nil for long-term keys.
    public init(accessKeyID: String, accessKeySecret: String, securityToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.accessKeySecret = accessKeySecret
        self.securityToken = securityToken
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Credentials(accessKeyID: LTAI…, secret: <redacted>, securityToken: <redacted>)`; the token part says `nil` when absent.
    public var description: String {
        let token = self.securityToken == nil ? "nil" : Self.redacted
        return "Credentials(accessKeyID: \(self.accessKeyID), secret: \(Self.redacted), securityToken: \(token))"
    }

    /// The same text as ``description``.
    public var debugDescription: String {
        self.description
    }

    /// A mirror that shows the access key ID and hides the secret and token.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyID": self.accessKeyID,
                "secret": Self.redacted,
                "securityToken": self.securityToken == nil ? "nil" : Self.redacted,
            ],
            displayStyle: .struct)
    }

    private static let redacted = "<redacted>"
}
