import CloudRuntime

/// Turns a ``MockResponse`` into HTTP/1.1 bytes.
enum ResponseWriter {
    /// The response bytes: status line, the response's headers, `Content-Length`, then the body.
    /// - Parameters:
    ///   - response: The answer to write.
    ///   - headOnly: Leave the body out (answer to `HEAD`), keeping its `Content-Length`.
    ///   - closing: Add `Connection: close` because the server closes the connection afterwards.
    /// - Returns: The bytes to send.
    static func serialize(_ response: MockResponse, headOnly: Bool, closing: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for field in response.headers {
            // Framing is the server's job; a caller's own framing headers would contradict it.
            let name = field.name.lowercased()
            guard name != "content-length", name != "transfer-encoding", name != "connection" else { continue }
            text += "\(field.name): \(field.value)\r\n"
        }
        let hasBody = !(100..<200).contains(response.status) && response.status != 204 && response.status != 304
        if hasBody { text += "Content-Length: \(response.body.count)\r\n" }
        if closing { text += "Connection: close\r\n" }
        text += "\r\n"
        var bytes = Array(text.utf8)
        if hasBody && !headOnly { bytes += response.body }
        return bytes
    }

    /// The usual reason phrase for common codes; clients ignore it, people reading logs do not.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
