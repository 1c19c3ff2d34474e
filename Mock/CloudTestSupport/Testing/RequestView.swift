import CloudRuntime
import HTTPTypes

/// A request head and body as the package's tests read them: flat accessors for the target's
/// parts and the headers as written.
package protocol RequestView {
    /// The request head.
    var request: HTTPRequest { get }
    /// The body bytes.
    var body: [UInt8] { get }
}

extension RequestView {
    /// The method.
    package var method: HTTPRequest.Method { self.request.method }
    /// The header fields, names as written.
    package var headers: HTTPHeaders { HTTPHeaders(self.request.headerFields) }
    /// The encoded path, without the query.
    package var path: String { self.request.target?.path ?? "" }
    /// The query parameters, decoded, in order.
    package var query: [QueryItem] { self.request.target?.query ?? [] }
    /// The host, without port.
    package var host: String { self.request.hostAndPort.host }
    /// The port, when the authority names one.
    package var port: Int? { self.request.hostAndPort.port }
    /// `host` or `host:port`.
    package var authority: String { self.request.authority ?? "" }
    /// `http` or `https`.
    package var scheme: String { self.request.scheme ?? "" }
}

extension PreparedRequest: RequestView {}

/// A request a test transport received, or a test sends.
package struct SentRequest: RequestView, Sendable, Hashable {
    package var request: HTTPRequest
    package var body: [UInt8]

    /// Wraps a head and body.
    package init(request: HTTPRequest, body: [UInt8]) {
        self.request = request
        self.body = body
    }

    /// A request from its parts, its target encoded as the client encodes one.
    package static func make(
        _ method: HTTPRequest.Method, scheme: String = "https", host: String, port: Int? = nil, path: String = "/",
        query: [QueryItem] = [], headers: HTTPHeaders = [:], body: [UInt8] = []
    ) -> SentRequest {
        let head = HTTPRequest(
            method: method, scheme: scheme, authority: port.map { "\(host):\($0)" } ?? host,
            path: RequestTarget(path: path, query: query).text, headerFields: headers.httpFields)
        return SentRequest(request: head, body: body)
    }

    /// A plain-HTTP request to a loopback port.
    package static func local(
        _ method: HTTPRequest.Method, port: Int, path: String = "/", query: [QueryItem] = [],
        headers: HTTPHeaders = [:], body: [UInt8] = []
    ) -> SentRequest {
        self.make(
            method, scheme: "http", host: "127.0.0.1", port: port, path: path, query: query, headers: headers,
            body: body)
    }
}

extension HTTPTransport {
    /// Sends a test request and wraps the answer.
    package func send(_ sent: SentRequest, timeout: Timeout) async throws -> CannedResponse {
        let (head, body) = try await self.send(sent.request, body: sent.body, timeout: timeout)
        return CannedResponse(head: head, body: body)
    }
}

/// A response a test transport answers with.
package struct CannedResponse: Sendable, Hashable {
    /// The status and header fields.
    package var head: HTTPResponse
    /// The body bytes.
    package var body: [UInt8]

    /// A response with a status, headers given as written, and a body.
    package init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.head = HTTPResponse(status: .init(code: status), headerFields: headers.httpFields)
        self.body = body
    }

    /// A response as a transport returned it.
    package init(head: HTTPResponse, body: [UInt8]) {
        self.head = head
        self.body = body
    }

    /// The response as a transport returns it.
    package var answer: (HTTPResponse, [UInt8]) { (self.head, self.body) }
    /// The status code.
    package var status: Int { self.head.status.code }
    /// The header fields, names as written.
    package var headers: HTTPHeaders { HTTPHeaders(self.head.headerFields) }
}
