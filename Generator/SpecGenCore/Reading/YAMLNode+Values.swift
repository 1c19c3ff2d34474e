/// Typed reads of scalar nodes, as the spec reader takes them: lenient about how a value is written
/// (`'true'`, `1.0`), never about what it means.
extension YAMLNode {
    /// A boolean: `true`/`false` in the core schema's spellings, also when quoted.
    var boolValue: Bool? {
        switch self.resolvedScalar {
        case .bool(let value): value
        case .string(let text): YAMLScalar.boolValue(text)
        default: nil
        }
    }

    /// A whole number: an integer, a float with no fraction, or text that is one.
    var intValue: Int? {
        switch self.resolvedScalar {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: return Int(value)
        case .string(let text): return Int(text)
        default: return nil
        }
    }

    /// A number: an integer or a float, or text that is one.
    var doubleValue: Double? {
        switch self.resolvedScalar {
        case .int(let value): Double(value)
        case .double(let value): value
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// The texts of a sequence of scalars, skipping anything else; nil when the node is not a sequence.
    var textItems: [String]? {
        self.items?.compactMap(\.text)
    }

    /// The pairs of a mapping keyed by scalars, as key text and value.
    var namedValues: [(name: String, value: YAMLNode)] {
        (self.pairs ?? []).compactMap { pair in pair.key.scalarValue.map { ($0, pair.value) } }
    }

    /// A scalar as documentation text, the way JSON writes it: strings quoted (`"cn-beijing"`), numbers
    /// and booleans bare (`3`, `true`); nil for null and collections.
    var literalText: String? {
        switch self.resolvedScalar {
        case .null: return nil
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value):
            return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let text): return self.scalarValue == nil ? nil : "\"\(text)\""
        }
    }
}
