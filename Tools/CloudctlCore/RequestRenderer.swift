import CloudRuntime
import HTTPTypes

/// Writes a signed request as HTTP/1.1 text: request line, `Host` and the other headers, a blank
/// line, then the body.
///
/// Security tokens (STS) are secrets, so their header and query values print as `<redacted>`; the
/// signature itself is safe to show, it cannot be reused for another request or time.
public enum RequestRenderer {
    /// The text of a request.
    ///
    /// - Parameter prepared: The signed request.
    /// - Returns: The lines, each ending with a newline.
    public static func render(_ prepared: PreparedRequest) -> String {
        let request = prepared.request
        var target = request.path ?? "/"
        if var parsed = RequestTarget(parsing: target) {
            parsed.query = parsed.query.map { item in
                Self.isSecret(item.name) ? QueryItem(name: item.name, value: Self.redacted) : item
            }
            target = parsed.text
        }
        var lines = ["\(request.method.rawValue) \(target) HTTP/1.1"]
        if request.headerFields[named: "Host"] == nil { lines.append("Host: \(request.authority ?? "")") }
        for field in request.headerFields {
            let name = field.name.rawName
            lines.append("\(name): \(Self.isSecret(name) ? Self.redacted : field.value)")
        }
        lines.append("")
        var text = lines.joined(separator: "\n") + "\n"
        if !prepared.body.isEmpty {
            if let body = String(validating: prepared.body, as: UTF8.self) {
                text += body + "\n"
            } else {
                text += "<\(prepared.body.count) bytes of binary body>\n"
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
