import CloudRuntime

/// One HTTP request as the ``MockServer`` received it, byte for byte where it matters.
///
/// The raw request target is kept next to its decoded parts, so a test can check both what the
/// client meant (``path``, ``queryItems``) and what it actually put on the wire (``target``).
public struct RecordedRequest: Sendable, Hashable {
    /// The method token, e.g. `GET`.
    public var method: String
    /// The request target exactly as received, e.g. `/clusters/c%201?name=a`.
    public var target: String
    /// The protocol version from the request line, e.g. `HTTP/1.1`.
    public var httpVersion: String
    /// The header fields in the order received; names as written by the client.
    public var headers: HTTPHeaders
    /// The body after any chunked transfer coding was removed; empty for none.
    public var body: [UInt8]
    /// Which accepted connection carried the request, counting from 1; equal IDs mean a reused connection.
    public var connectionID: Int
    /// The position of the request in the server's log, counting from 1.
    public var sequenceNumber: Int
    /// The outcome of signature verification, when the server verifies signatures; nil otherwise.
    public var signatureCheck: SignatureVerifier.Result?

    /// Creates a request record; the server makes these, tests may build them to drive a ``SignatureVerifier``.
    public init(
        method: String, target: String, httpVersion: String = "HTTP/1.1", headers: HTTPHeaders,
        body: [UInt8] = [], connectionID: Int = 0, sequenceNumber: Int = 0,
        signatureCheck: SignatureVerifier.Result? = nil
    ) {
        self.method = method
        self.target = target
        self.httpVersion = httpVersion
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
        self.sequenceNumber = sequenceNumber
        self.signatureCheck = signatureCheck
    }

    /// The path part of the target as received (still percent-encoded).
    public var rawPath: String {
        String(self.target.prefix { $0 != "?" })
    }

    /// The query part of the target as received, without `?`; nil when the target has no `?`.
    public var rawQuery: String? {
        guard let mark = self.target.firstIndex(of: "?") else { return nil }
        return String(self.target[self.target.index(after: mark)...])
    }

    /// The path with percent escapes decoded (a `+` stays a `+`); the raw path when it is malformed.
    public var path: String {
        URIComponentCoding.decode(self.rawPath, plusAsSpace: false) ?? self.rawPath
    }

    /// The query parameters in order, names and values decoded (`+` as space, as servers do).
    ///
    /// A parameter written without `=` gets an empty value; a malformed escape is kept as received.
    public var queryItems: [QueryItem] {
        Self.decodePairs(self.rawQuery ?? "")
    }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var bodyText: String {
        String(decoding: self.body, as: UTF8.self)
    }

    /// The body decoded as `application/x-www-form-urlencoded` parameters, in order.
    public var formParameters: [QueryItem] {
        Self.decodePairs(self.bodyText)
    }

    /// The value of the first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        self.headers[name]
    }

    /// The value of the first query parameter with this name.
    public func queryValue(_ name: String) -> String? {
        self.queryItems.first { $0.name == name }?.value
    }

    /// The value of the first form parameter with this name.
    public func formValue(_ name: String) -> String? {
        self.formParameters.first { $0.name == name }?.value
    }

    /// Splits `a=1&b=2` into decoded pairs, skipping empty segments.
    static func decodePairs(_ text: String) -> [QueryItem] {
        URIComponentCoding.splitPairs(text).map { pair in
            QueryItem(
                name: URIComponentCoding.decode(pair.name, plusAsSpace: true) ?? pair.name,
                value: pair.value.map { URIComponentCoding.decode($0, plusAsSpace: true) ?? $0 } ?? "")
        }
    }
}
