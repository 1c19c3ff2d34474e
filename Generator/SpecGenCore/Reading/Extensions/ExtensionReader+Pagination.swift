extension ExtensionReader {
    /// The keys `x-pagination` may have.
    static let paginationKeys = ["style", "page", "marker", "size", "items", "next", "total"]

    /// An operation's `x-pagination`: a mapping with known keys only; `style` is `page-number` (with
    /// `page`) or `marker` (with `marker` and `next`); `page`, `marker` and `size` are parameter names,
    /// `items`, `next` and `total` dotted paths of response fields, all non-empty strings. What the
    /// names and paths refer to is the `x-pagination` rule's to check.
    ///
    /// ```yaml
    /// x-pagination: {style: page-number, page: page_number, size: page_size, items: clusters, total: page_info.total_count}
    /// x-pagination: {style: marker, marker: Marker, size: MaxResults, next: Marker, items: ClusterSet, total: TotalCount}
    /// ```
    mutating func readPagination(_ node: YAMLNode, operation: String, pointer: [String]) -> PaginationExtension? {
        guard let pairs = node.pairs else {
            self.error("'x-pagination' must be a mapping (style, items, ...), found \(node.kindDescription)", at: node)
            return nil
        }
        self.reportUnknownKeys(of: pairs, expected: Self.paginationKeys, in: "'x-pagination'")
        guard let styleNode = node["style"] else {
            self.error("'x-pagination' of '\(operation)' needs 'style: page-number' or 'style: marker'", at: node)
            return nil
        }
        guard let style = styleNode.stringValue.flatMap(PaginationModel.Style.init(rawValue:)) else {
            self.error(
                "'style' must be 'page-number' or 'marker', found \(Self.describeText(styleNode))", at: styleNode)
            return nil
        }
        let forbidden = style == .pageNumber ? ["marker", "next"] : ["page"]
        for key in forbidden {
            if let pair = node.pair(for: key) {
                self.error("'\(key)' does not apply to 'style: \(style.rawValue)'", at: pair.key)
            }
        }
        let required = style == .pageNumber ? ["page", "items"] : ["marker", "items", "next"]
        for key in required where node[key] == nil {
            self.error("'x-pagination' with 'style: \(style.rawValue)' needs '\(key)'", at: node)
        }
        var value = PaginationExtension(style: style, names: [:], locations: [:], pointer: pointer)
        for key in Self.paginationKeys.dropFirst() where !forbidden.contains(key) {
            guard let entry = node[key] else { continue }
            guard let text = entry.stringValue, !text.isEmpty else {
                let expected =
                    ["page", "marker", "size"].contains(key)
                    ? "must name a parameter" : "must be a dotted path of response fields"
                self.error("'\(key)' \(expected), found \(entry.kindDescription)", at: entry)
                continue
            }
            value.names[key] = text
            value.locations[key] = entry.location
        }
        return value
    }
}
