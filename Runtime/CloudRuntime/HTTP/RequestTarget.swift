/// The request target of an `HTTPRequest` (its `path`: the encoded path, then `?` and the encoded query),
/// split into the parts signers and logs read.
///
/// The client writes every target through ``PercentEncoding`` and the signers read it back from the
/// request as sent, so the bytes signed are the bytes sent, whatever a middleware changed in between.
package struct RequestTarget: Sendable, Hashable {
    /// The path, percent-encoded, starting with `/`.
    package var path: String
    /// The query parameters, decoded, in the order they are sent.
    package var query: [QueryItem]

    /// Creates a target from an encoded path and unencoded query parameters.
    package init(path: String, query: [QueryItem] = []) {
        self.path = path
        self.query = query
    }

    /// Splits a target as sent at its first `?` and decodes each query parameter.
    ///
    /// A parameter without `=` has an empty value; empty parameters (`a=1&&b=2`) are skipped.
    ///
    /// - Returns: nil when a query escape is malformed or does not decode to UTF-8.
    package init?(parsing target: String) {
        guard let query = try? TargetQuery(target: target), let items = query.items else { return nil }
        self.init(path: String(TargetQuery.path(of: target)), query: items)
    }

    /// The target as sent: the path, then `?` and the query encoded by ``PercentEncoding/encodeQuery(_:)``
    /// when there is one.
    package var text: String {
        self.query.isEmpty ? self.path : self.path + "?" + PercentEncoding.encodeQuery(self.query)
    }
}
