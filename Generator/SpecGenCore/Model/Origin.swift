/// Where a model element was declared: the spec file, the JSON pointer of its node in the merged
/// document, and (for diagnostics only) its line and column.
public struct Origin: Equatable, Sendable {
    /// The file, relative to the spec folder, e.g. `groups/clusters.yaml`.
    public var file: String
    /// The RFC 6901 pointer in the merged document, e.g. `/paths/~1clusters~1{ClusterId}/get`.
    public var pointer: String
    /// The node's line and column; never rendered into generated code (lines would churn outputs).
    public var location: SourceLocation?

    /// Creates an origin.
    public init(file: String, pointer: String, location: SourceLocation?) {
        self.file = file
        self.pointer = pointer
        self.location = location
    }
}
