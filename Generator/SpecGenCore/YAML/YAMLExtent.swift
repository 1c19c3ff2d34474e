/// Where a node's text lies in its file, so that a tool can edit the file without rewriting it.
///
/// Offsets count Unicode scalars from the start of the text, as libyaml's marks do (a CRLF line
/// break is two), so they index `text.unicodeScalars`. A scalar ends after its last character (a
/// quoted one after its closing quote); a flow collection after its `]` or `}`; a block collection
/// where its last entry ends, never after trailing comments or blank lines.
public struct YAMLExtent: Hashable, Sendable {
    /// The offset of the node's first character.
    public var start: Int
    /// The offset just past the node's last character.
    public var end: Int
    /// Whether a collection is written in flow style (`[a, b]`, `{a: 1}`); false for scalars and
    /// block collections.
    public var isFlow: Bool

    /// Creates an extent.
    public init(start: Int, end: Int, isFlow: Bool = false) {
        self.start = start
        self.end = end
        self.isFlow = isFlow
    }
}
