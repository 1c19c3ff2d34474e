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
