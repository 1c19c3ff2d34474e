/// Removes secrets from text before it reaches a log line or an error description.
///
/// Signed requests carry their proof in places a log would otherwise show: the `Authorization`
/// header, query parameters such as `Signature`, `X-Amz-Signature`, `SecurityToken` and
/// `X-Amz-Security-Token`, and request parameters such as passwords. Every log line and error
/// description that shows request or server text goes through here.
package enum LogRedaction {
    /// The replacement for a removed value.
    public static let placeholder = "<redacted>"

    /// Whether a parameter or header name marks a secret value.
    ///
    /// Matches names containing `signature`, `secret`, `password`, `token` or `authorization`, in any
    /// letter case, so vendor spellings (`SecurityToken`, `x-acs-security-token`, `X-Amz-Signature`,
    /// `AccessKeySecret`, `InstancePassword`) all count. Key IDs (`AccessKeyId`, `X-Amz-Credential`)
    /// name a key without proving possession, and stay visible to help debugging.
    ///
    /// - Parameter name: A query parameter, form field or header name.
    /// - Returns: Whether its value must not be shown.
    public static func isSensitive(name: String) -> Bool {
        let lowered = name.lowercased()
        return Self.sensitiveFragments.contains { lowered.contains($0) }
    }

    /// The query as it may be logged: `name=value` pairs joined by `&`, values of sensitive names replaced.
    ///
    /// - Parameter items: The query items, unencoded.
    /// - Returns: Percent-encoded text, with ``placeholder`` for every sensitive value.
    public static func redactedQuery(_ items: [QueryItem]) -> String {
        PercentEncoding.encodeQuery(
            items.map { item in
                Self.isSensitive(name: item.name) ? QueryItem(name: item.name, value: Self.placeholder) : item
            }
        ).replacing(PercentEncoding.encode(Self.placeholder), with: Self.placeholder)
    }

    /// Free text (a server message, a curl message) with secret values removed.
    ///
    /// Replaces the rest of the line after `Authorization:` and the value after any sensitive name
    /// followed by `=` or `:` (plain, header or JSON style), for example
    /// `Signature=abc&x=1` → `Signature=<redacted>&x=1`.
    ///
    /// - Parameter text: Text that may quote a request.
    /// - Returns: The text with secret values replaced by ``placeholder``.
    public static func redact(text: String) -> String {
        let authorization = #/(?i)(authorization"?[ \t]*[:=][ \t]*"?)[^"\r\n]*/#
        let named = #/(?i)([A-Za-z0-9_.\-]*(?:signature|secret|password|token)[A-Za-z0-9_.\-]*"?[ \t]*[:=][ \t]*"?)[^\s&",;}]+/#
        return text
            .replacing(authorization) { match in match.output.1 + Self.placeholder }
            .replacing(named) { match in match.output.1 + Self.placeholder }
    }

    private static let sensitiveFragments = ["signature", "secret", "password", "token", "authorization"]
}
