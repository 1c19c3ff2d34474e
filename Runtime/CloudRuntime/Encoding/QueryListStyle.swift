/// How a list travels in a single ROA query parameter.
@_spi(Generated) public enum QueryListStyle: Sendable, Hashable {
    /// One parameter, values joined by commas: `ids=a,b`.
    case commaSeparated
    /// One parameter holding a JSON array: `ids=["a","b"]`, numbers and booleans unquoted (`ids=[1,2]`).
    case json
    /// The parameter repeated once per value: `ids=a&ids=b`.
    case repeated
}
