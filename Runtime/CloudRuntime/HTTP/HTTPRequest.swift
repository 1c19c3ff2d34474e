import Foundation

/// A fully described HTTP request, as signed and as sent.
///
/// The path is stored percent-encoded and the query as unencoded name/value pairs in order;
/// ``url`` encodes the query with `PercentEncoding`, the same encoder the signers use, so the
/// bytes signed are the bytes sent.
public struct HTTPRequest: Sendable, Hashable {
    /// The request method.
    public var method: HTTPMethod
    /// `http` or `https`.
    public var scheme: String
    /// The host name, without port.
    public var host: String
    /// The port, when not the scheme's default.
    public var port: Int?
    /// The path, percent-encoded, starting with `/`.
    public var path: String
    /// Query parameters, unencoded, in the order they are sent.
    public var query: [QueryItem]
    /// Header fields.
    public var headers: HTTPHeaders
    /// The body bytes; empty for none.
    public var body: [UInt8]

    /// Creates a request.
    public init(
        method: HTTPMethod, scheme: String = "https", host: String, port: Int? = nil, path: String = "/",
        query: [QueryItem] = [], headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        self.method = method
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// `host` or `host:port`, as sent in the `Host` header.
    public var authority: String {
        if let port = self.port { return "\(self.host):\(port)" }
        return self.host
    }

    /// The query string as sent: each name and value percent-encoded (RFC 3986), joined with `&`; empty for none.
    public var encodedQuery: String {
        PercentEncoding.encodeQuery(self.query)
    }

    /// The full URL text as sent: scheme, authority, path and encoded query.
    public var urlString: String {
        var text = "\(self.scheme)://\(self.authority)\(self.path)"
        let query = self.encodedQuery
        if !query.isEmpty { text += "?" + query }
        return text
    }

    /// The full URL as sent, or nil when the parts do not form a valid URL (an empty or malformed host).
    public var url: URL? {
        URL(string: self.urlString)
    }
}

/// One query (or form) parameter, unencoded.
public struct QueryItem: Sendable, Hashable {
    /// The parameter name.
    public var name: String
    /// The parameter value.
    public var value: String

    /// Creates a query item.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
