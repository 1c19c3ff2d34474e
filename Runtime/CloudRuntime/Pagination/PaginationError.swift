/// Why a listing stopped with an error instead of ending normally.
public enum PaginationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The service answered with a continuation marker it had already handed out (or that the first
    /// request carried); following it would fetch the same pages forever.
    case repeatedMarker(operation: String, marker: String)
    /// The request's page number is not a whole number (a string page parameter such as `"first"`),
    /// or the next page number does not fit the parameter's type.
    case invalidPageNumber(operation: String)

    /// For example `PaginationError.repeatedMarker(DescribeCluster, marker '10')`.
    public var description: String {
        switch self {
        case .repeatedMarker(let operation, let marker):
            "PaginationError.repeatedMarker(\(operation), marker '\(marker)')"
        case .invalidPageNumber(let operation):
            "PaginationError.invalidPageNumber(\(operation))"
        }
    }
}
