import CYAML

/// Turns libyaml events into ``YAMLNode`` trees: a stack of open collections plus the anchors seen so far.
struct YAMLTreeBuilder {
    /// Where an open collection started: its location, its first offset and whether it is a flow collection.
    private struct Start {
        var location: SourceLocation
        var offset: Int
        var isFlow: Bool
    }

    private enum Open {
        case sequence([YAMLNode], Start, tag: String?, anchor: String?)
        case mapping([YAMLNode.Pair], pendingKey: YAMLNode?, Start, tag: String?, anchor: String?)
    }

    let file: String
    private(set) var documents: [YAMLNode] = []
    private var stack: [Open] = []
    private var anchors: [String: YAMLNode] = [:]

    init(file: String) {
        self.file = file
    }

    /// Adds one event to the tree.
    /// - Parameters:
    ///   - event: The libyaml event.
    ///   - location: Where the event starts.
    ///   - offsets: The event's start and end marks as Unicode scalar offsets.
    mutating func consume(
        _ event: yaml_event_t, at location: SourceLocation, offsets: Range<Int>
    ) throws(Diagnostic) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            self.anchors = [:]
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = Self.string(scalar.value, length: scalar.length) ?? ""
            let node = YAMLNode(
                .scalar(value, Self.style(scalar.style)), at: location, tag: Self.cString(scalar.tag),
                extent: YAMLExtent(start: offsets.lowerBound, end: offsets.upperBound))
            self.remember(node, anchor: Self.cString(scalar.anchor))
            self.add(node)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            let opening = Start(
                location: location, offset: offsets.lowerBound, isFlow: start.style == YAML_FLOW_SEQUENCE_STYLE)
            self.stack.append(
                .sequence([], opening, tag: Self.cString(start.tag), anchor: Self.cString(start.anchor)))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            let opening = Start(
                location: location, offset: offsets.lowerBound, isFlow: start.style == YAML_FLOW_MAPPING_STYLE)
            self.stack.append(
                .mapping(
                    [], pendingKey: nil, opening, tag: Self.cString(start.tag), anchor: Self.cString(start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let open = self.stack.popLast() else { return }
            let node: YAMLNode
            let anchor: String?
            switch open {
            case .sequence(let items, let start, let tag, let name):
                let end = Self.end(of: start, closingAt: offsets, lastChild: items.last)
                node = YAMLNode(.sequence(items), at: start.location, tag: tag, extent: end)
                anchor = name
            case .mapping(let pairs, _, let start, let tag, let name):
                let end = Self.end(of: start, closingAt: offsets, lastChild: pairs.last?.value)
                node = YAMLNode(.mapping(pairs), at: start.location, tag: tag, extent: end)
                anchor = name
            }
            self.remember(node, anchor: anchor)
            self.add(node)
        case YAML_ALIAS_EVENT:
            let name = Self.cString(event.data.alias.anchor) ?? ""
            guard let node = self.anchors[name] else {
                throw .error("unknown YAML alias '*\(name)'", at: location)
            }
            self.add(node)
        default:
            break
        }
    }

    /// A flow collection ends after its closing bracket; a block collection where its last entry ends,
    /// because libyaml closes it only at the next token, past any comments and blank lines.
    private static func end(of start: Start, closingAt offsets: Range<Int>, lastChild: YAMLNode?) -> YAMLExtent {
        let end = start.isFlow ? offsets.upperBound : (lastChild?.extent?.end ?? start.offset)
        return YAMLExtent(start: start.offset, end: max(end, start.offset), isFlow: start.isFlow)
    }

    private mutating func remember(_ node: YAMLNode, anchor: String?) {
        if let anchor { self.anchors[anchor] = node }
    }

    private mutating func add(_ node: YAMLNode) {
        guard let top = self.stack.popLast() else {
            self.documents.append(node)
            return
        }
        switch top {
        case .sequence(var items, let start, let tag, let anchor):
            items.append(node)
            self.stack.append(.sequence(items, start, tag: tag, anchor: anchor))
        case .mapping(var pairs, let pendingKey, let start, let tag, let anchor):
            if let key = pendingKey {
                pairs.append(YAMLNode.Pair(key: key, value: node))
                self.stack.append(.mapping(pairs, pendingKey: nil, start, tag: tag, anchor: anchor))
            } else {
                self.stack.append(.mapping(pairs, pendingKey: node, start, tag: tag, anchor: anchor))
            }
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
