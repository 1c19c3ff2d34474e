import HTTPTypes

extension HTTPRequest {
    /// The host and the port of the authority (`host`, `host:port`, `[v6]:port`); an empty host when
    /// the request has no authority.
    package var hostAndPort: (host: String, port: Int?) {
        let authority = self.authority ?? ""
        guard let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]"),
            let port = Int(authority[authority.index(after: colon)...])
        else { return (authority, nil) }
        return (String(authority[..<colon]), port)
    }

    /// The target's encoded path and decoded query; nil when the request has no target or a query
    /// escape is malformed.
    package var target: RequestTarget? {
        self.path.flatMap(RequestTarget.init(parsing:))
    }
}

extension HTTPFields {
    /// The value of the fields with this name (joined with `, ` when repeated); nil when there are
    /// none or the text is not a valid field name.
    package subscript(named name: String) -> String? {
        HTTPField.Name(name).flatMap { self[$0] }
    }
}
