/// How a response is printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Pretty-printed JSON with sorted keys.
    case json
    /// Top-level scalar fields as aligned `key  value` lines.
    case table
}
