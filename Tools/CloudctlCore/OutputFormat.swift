/// How a response is printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Pretty-printed JSON with sorted keys.
    case json
    /// A listing's items as rows (one per item, columns from the items or `--columns`), then the other
    /// top-level scalar fields as aligned `key  value` lines.
    case table
}
