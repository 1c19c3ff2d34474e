/// Reads vendor extensions into their typed values: the one place each extension's shape is read.
///
/// A malformed part is reported at its node and left out of the value; a value that cannot stand
/// without it is nil. The validation rules then check what the values mean against the rest of the
/// spec (that a paging parameter exists, that an action's methods are the service's), and lowering
/// takes them as they are. The shape problems are reported whenever the folder merged, as the rules'
/// are, even when loading found other errors.
struct ExtensionReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each `x-reference` read at a place that records one is written, well formed or not.
    var referenceLocations: Set<SourceLocation> = []

    mutating func error(_ message: String, at node: YAMLNode) {
        self.error(message, at: node.location)
    }

    mutating func error(_ message: String, at location: SourceLocation?) {
        self.diagnostics.append(.error(message, at: location))
    }

    /// Reports each key of a mapping that is not one of `keys`, e.g. "unknown key 'foo' in 'x-pagination'
    /// (expected style, page, ...)".
    mutating func reportUnknownKeys(of pairs: [YAMLNode.Pair], expected keys: [String], in place: String) {
        for pair in pairs where !(pair.key.text.map(keys.contains) ?? false) {
            let key = pair.key.text ?? "?"
            let expected = keys.joined(separator: ", ")
            self.error("unknown key '\(key)' in \(place) (expected \(expected))", at: pair.key)
        }
    }

    /// A node in a message: its scalar quoted (`'null'` too), or its kind.
    static func describe(_ node: YAMLNode) -> String {
        node.scalarValue.map { "'\($0)'" } ?? node.kindDescription
    }

    /// A node in a message: its text quoted, or its kind (`null` for a null).
    static func describeText(_ node: YAMLNode) -> String {
        node.text.map { "'\($0)'" } ?? node.kindDescription
    }
}
