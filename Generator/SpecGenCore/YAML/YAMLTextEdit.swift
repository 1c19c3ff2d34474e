/// One replacement in a YAML file's text: the Unicode scalars in ``range`` become ``replacement``.
///
/// Edits are computed from node extents (see ``YAMLExtent``), so everything outside their ranges,
/// comments and formatting included, stays exactly as written.
public struct YAMLTextEdit: Hashable, Sendable {
    /// The replaced scalars, as offsets into `text.unicodeScalars`; empty for an insertion.
    public var range: Range<Int>
    /// The text put in their place.
    public var replacement: String

    /// Creates an edit.
    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// Two edits overlap, so applying both would be ambiguous.
    public struct OverlapError: Error, Sendable {
        /// The first of the two edits, in text order.
        public var first: YAMLTextEdit
        /// The edit that starts inside the first one's range.
        public var second: YAMLTextEdit
    }

    /// Applies edits to a text.
    ///
    /// Insertions at the same offset go before a replacement that starts there; among themselves the
    /// more indented lines come first (a line at a shallower indentation ends every deeper block, so
    /// an entry added to an inner mapping must precede one added to the mapping around it), and
    /// otherwise they keep the order they are given in.
    /// - Parameters:
    ///   - edits: Edits whose ranges do not overlap (insertions may share an offset).
    ///   - text: The text the ranges index.
    /// - Returns: The edited text.
    /// - Throws: ``OverlapError`` when two ranges overlap or one lies outside the text.
    public static func apply(_ edits: [YAMLTextEdit], to text: String) throws(OverlapError) -> String {
        let scalars = Array(text.unicodeScalars)
        let ordered = edits.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.range.lowerBound, lhs.element.range.isEmpty ? 0 : 1, -lhs.element.indentation)
            let right = (rhs.element.range.lowerBound, rhs.element.range.isEmpty ? 0 : 1, -rhs.element.indentation)
            return left < right || (left == right && lhs.offset < rhs.offset)
        }.map(\.element)
        var result = String.UnicodeScalarView()
        var position = 0
        for edit in ordered {
            guard edit.range.lowerBound >= position, edit.range.upperBound <= scalars.count else {
                let previous = ordered.last { $0.range.lowerBound <= edit.range.lowerBound && $0 != edit } ?? edit
                throw OverlapError(first: previous, second: edit)
            }
            result.append(contentsOf: scalars[position..<edit.range.lowerBound])
            result.append(contentsOf: edit.replacement.unicodeScalars)
            position = edit.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// The spaces that start the inserted text's first line (after a leading line break).
    private var indentation: Int {
        let text = self.replacement.hasPrefix("\n") ? self.replacement.dropFirst() : Substring(self.replacement)
        return text.prefix { $0 == " " }.count
    }
}
