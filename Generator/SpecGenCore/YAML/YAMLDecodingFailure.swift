/// A `DecodingError` explained in words and placed on the node it is about.
public struct YAMLDecodingFailure: Sendable {
    /// The readable message.
    public var message: String
    /// The coding path of the failing value (for a missing key, the path of the mapping that lacks it).
    public var codingPath: [String]
    /// The coding path as keys, to follow into a tree.
    public private(set) var codingKeys: [any CodingKey]

    /// Explains a decoding error.
    public init(_ error: DecodingError) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            context = ctx
            self.message = Self.message(ctx)
        case .keyNotFound(let key, let ctx):
            context = ctx
            self.message = "missing key '\(key.stringValue)'" + Self.subject(ctx.codingPath)
        @unknown default:
            context = .init(codingPath: [], debugDescription: "\(error)")
            self.message = "\(error)"
        }
        self.codingKeys = context.codingPath.map { key -> any CodingKey in
            key.intValue.map(NodeCodingKey.init(intValue:)) ?? NodeCodingKey(stringValue: key.stringValue)
        }
        self.codingPath = self.codingKeys.map(\.stringValue)
    }

    /// The diagnostic, placed on the deepest node of `root` the coding path reaches.
    public func diagnostic(root: YAMLNode) -> Diagnostic {
        .error(self.message, at: root.follow(self.codingKeys).node.location)
    }

    /// "expected a string for 'operationId', found a mapping".
    private static func message(_ context: DecodingError.Context) -> String {
        var text = context.debugDescription
        let invalidValue = "from invalid String value "
        if text.hasPrefix("Cannot initialize "), let range = text.range(of: invalidValue) {
            let value = text[range.upperBound...]
            let key = context.codingPath.last?.stringValue ?? ""
            return key == "type" ? "unknown type '\(value)'" : "invalid value '\(value)' for '\(key)'"
        }
        if let key = context.codingPath.last, key.intValue == nil, let comma = text.range(of: ", found") {
            text.insert(contentsOf: " for '\(key.stringValue)'", at: comma.lowerBound)
        }
        return text
    }

    private static func subject(_ codingPath: [any CodingKey]) -> String {
        guard let last = codingPath.last(where: { $0.intValue == nil }) else { return "" }
        return " in '\(last.stringValue)'"
    }
}
