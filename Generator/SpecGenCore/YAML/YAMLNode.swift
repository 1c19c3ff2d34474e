/// One node of a parsed YAML document: a scalar, a sequence or a mapping, with the place it was written.
///
/// Mappings keep their pairs in document order, because OpenAPIKit's ordered dictionaries (paths,
/// properties, responses) take their order from the decoder, and generated code must not depend on hashing.
public struct YAMLNode: Hashable, Sendable {
    /// How a scalar was written; quoted and block scalars are always strings.
    public enum ScalarStyle: Hashable, Sendable {
        /// Unquoted: resolved by the YAML 1.2 core schema (null, bool, int, float, else string).
        case plain
        /// `'single quoted'`.
        case singleQuoted
        /// `"double quoted"`.
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// A key and its value in a mapping.
    public struct Pair: Hashable, Sendable {
        /// The key node (a scalar in every spec file).
        public var key: YAMLNode
        /// The value node.
        public var value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The node's content.
    public enum Content: Hashable, Sendable {
        /// A scalar's text (after unescaping) and how it was written.
        case scalar(String, ScalarStyle)
        /// Items in order.
        case sequence([YAMLNode])
        /// Pairs in document order.
        case mapping([Pair])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts (1-based line and column).
    public var location: SourceLocation
    /// An explicit tag such as `!!str`, as libyaml reports it (`tag:yaml.org,2002:str`), if one was written.
    public var tag: String?
    /// Where the node's text lies in its file; nil for nodes made by a tool rather than parsed.
    public var extent: YAMLExtent?

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation, tag: String? = nil, extent: YAMLExtent? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
        self.extent = extent
    }

    /// A plain or quoted scalar node.
    public static func scalar(_ value: String, style: ScalarStyle = .plain, at location: SourceLocation) -> YAMLNode {
        YAMLNode(.scalar(value, style), at: location)
    }

    /// A sequence node.
    public static func sequence(_ items: [YAMLNode], at location: SourceLocation) -> YAMLNode {
        YAMLNode(.sequence(items), at: location)
    }

    /// A mapping node.
    public static func mapping(_ pairs: [Pair], at location: SourceLocation) -> YAMLNode {
        YAMLNode(.mapping(pairs), at: location)
    }
}

extension YAMLNode {
    /// The scalar's text, or nil for a collection.
    public var scalarValue: String? {
        if case .scalar(let value, _) = self.content { return value }
        return nil
    }

    /// The scalar's text when it is a string under the core schema (quoted, block, `!!str`, or plain
    /// text that is not null, a bool or a number); nil otherwise.
    public var stringValue: String? {
        guard case .scalar(let value, _) = self.content else { return nil }
        return self.resolvedScalar == .string(value) ? value : nil
    }

    /// The pairs of a mapping, or nil.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = self.content { return pairs }
        return nil
    }

    /// The items of a sequence, or nil.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = self.content { return items }
        return nil
    }

    /// The value for a scalar key of a mapping (the first, if the key repeats); nil for a missing key or a non-mapping.
    public subscript(key: String) -> YAMLNode? {
        self.pair(for: key)?.value
    }

    /// The pair for a scalar key of a mapping, or nil.
    public func pair(for key: String) -> Pair? {
        self.pairs?.first { $0.key.scalarValue == key }
    }

    /// A word for the node's kind, for messages: "a mapping", "a sequence", "a string", "a number", ...
    public var kindDescription: String {
        switch self.content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar:
            switch self.resolvedScalar {
            case .null: "null"
            case .bool: "a boolean"
            case .int, .double: "a number"
            case .string: "a string"
            }
        }
    }
}

extension YAMLNode {
    /// A scalar's text unless it is null: what a `String` field decodes to, whatever the scalar looks like.
    public var text: String? {
        guard case .scalar(let value, _) = self.content, !self.isNull else { return nil }
        return value
    }
}
