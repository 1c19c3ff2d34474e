import CloudRuntime

/// Writes a signed request as HTTP/1.1 text: request line, `Host` and the other headers, a blank
/// line, then the body.
///
/// Security tokens (STS) are secrets, so their header and query values print as `<redacted>`; the
/// signature itself is safe to show, it cannot be reused for another request or time.
public enum RequestRenderer {
    /// The text of a request.
    ///
    /// - Parameter request: The signed request.
    /// - Returns: The lines, each ending with a newline.
    public static func render(_ request: HTTPRequest) -> String {
        var target = request.path
        let query = request.query.map { item in
            Self.isSecret(item.name) ? QueryItem(name: item.name, value: Self.redacted) : item
        }
        let encoded = PercentEncoding.encodeQuery(query)
        if !encoded.isEmpty { target += "?" + encoded }
        var lines = ["\(request.method.rawValue) \(target) HTTP/1.1"]
        if request.headers["Host"] == nil { lines.append("Host: \(request.authority)") }
        for field in request.headers {
            lines.append("\(field.name): \(Self.isSecret(field.name) ? Self.redacted : field.value)")
        }
        lines.append("")
        var text = lines.joined(separator: "\n") + "\n"
        if !request.body.isEmpty {
            if let body = String(validating: request.body, as: UTF8.self) {
                text += body + "\n"
            } else {
                text += "<\(request.body.count) bytes of binary body>\n"
            }
        }
        return text
    }

    private static let redacted = "<redacted>"

    private static func isSecret(_ name: String) -> Bool {
        let key = name.lowercased().filter { $0.isLetter }
        return key.hasSuffix("securitytoken")
    }
}
