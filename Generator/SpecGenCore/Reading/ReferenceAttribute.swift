/// An attribute a vendor reference documents for a parameter, a field or an operation, as the docs index
/// records it and an `x-reference` repeats it where the spec deliberately differs.
public enum ReferenceAttribute: String, CaseIterable, Sendable, Codable {
    /// The JSON type: `string`, `integer`, `number`, `boolean`, `array` or `object`.
    case type
    /// Whether a parameter (or a member of a parameter's structure) must be sent.
    case required
    /// The values allowed.
    case `enum`
    /// The value used when none is sent.
    case `default`
    /// The smallest number allowed.
    case minimum
    /// The largest number allowed.
    case maximum
    /// The shortest text allowed.
    case minLength
    /// The longest text allowed.
    case maxLength
    /// The fewest list elements allowed.
    case minItems
    /// The most list elements allowed.
    case maxItems
    /// The HTTP methods an RPC action may be sent with (an operation's attribute, not a field's).
    case methods

    /// The attributes of a parameter or a field, in the order reports list them.
    public static let fieldAttributes: [ReferenceAttribute] = Self.allCases.filter { $0 != .methods }

    /// The type names an attribute may give, in the order messages list them.
    static let typeNames: [JSONType] = [.string, .integer, .number, .boolean, .array, .object]

    /// The method names `methods` may list.
    static let httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    /// Reads a value written for this attribute.
    ///
    /// - Parameter node: The value as written in a docs index or an `x-reference`.
    /// - Returns: The value, or why it is not one this attribute takes.
    public func value(of node: YAMLNode) -> Result<ReferenceValue, ReferenceValueError> {
        switch self {
        case .type:
            let names = Self.typeNames.map(\.rawValue).joined(separator: ", ")
            guard let text = node.stringValue, let type = JSONType(rawValue: text), Self.typeNames.contains(type) else {
                return .failure(self.problem("one of \(names)", found: node))
            }
            return .success(.type(type))
        case .required:
            guard case .bool(let flag) = node.resolvedScalar, node.scalarValue != nil else {
                return .failure(self.problem("true or false", found: node))
            }
            return .success(.flag(flag))
        case .enum:
            guard let items = node.items, !items.isEmpty, items.allSatisfy({ $0.scalarValue != nil && !$0.isNull })
            else {
                return .failure(self.problem("a non-empty list of values", found: node))
            }
            return .success(.values(items.map { ReferenceValue.canonical($0.resolvedScalar) }))
        case .default:
            guard node.scalarValue != nil, !node.isNull else {
                return .failure(self.problem("a single value", found: node))
            }
            return .success(.scalar(ReferenceValue.canonical(node.resolvedScalar)))
        case .minimum, .maximum:
            switch node.resolvedScalar {
            case .int(let value) where node.scalarValue != nil: return .success(.number(Double(value)))
            case .double(let value) where node.scalarValue != nil && value.isFinite: return .success(.number(value))
            default: return .failure(self.problem("a number", found: node))
            }
        case .minLength, .maxLength, .minItems, .maxItems:
            guard case .int(let count) = node.resolvedScalar, node.scalarValue != nil, count >= 0 else {
                return .failure(self.problem("a whole number, 0 or more", found: node))
            }
            return .success(.count(count))
        case .methods:
            let expected = "a non-empty list of HTTP methods in capitals, such as [GET, POST]"
            guard let items = node.items, !items.isEmpty else { return .failure(self.problem(expected, found: node)) }
            if let item = items.first(where: { !Self.httpMethods.contains($0.stringValue ?? "") }) {
                return .failure(self.problem(expected, found: item))
            }
            return .success(.methods(items.compactMap(\.stringValue)))
        }
    }

    private func problem(_ expected: String, found node: YAMLNode) -> ReferenceValueError {
        let found = node.text.map { "'\($0)'" } ?? node.kindDescription
        return ReferenceValueError(
            message: "'\(self.rawValue)' must be \(expected), found \(found)", location: node.location)
    }
}

/// Why a value written for a ``ReferenceAttribute`` is not one it takes.
public struct ReferenceValueError: Error, Sendable, Equatable {
    /// The message, naming the attribute, what it takes and what was found.
    public var message: String
    /// Where the offending value is: the whole value, or the list element that is wrong.
    public var location: SourceLocation
}
