/// The limits a flattened RPC list must keep, checked by ``RPCParameterEncoder`` before anything is sent.
///
/// The limits come from the spec (`minItems`, `maxItems`, `x-unique-by`). A nil list is never checked
/// (the parameter is simply not sent); an empty list breaks `minItems`, as in JSON Schema.
@_spi(Generated) public struct ListLimits: Sendable, Hashable {
    /// The fewest elements a present list may have.
    public var minItems: Int?
    /// The most elements a list may have.
    public var maxItems: Int?
    /// The wire name of a member that must differ between the elements of a list of structures
    /// (`Name` for Kingsoft's `Filter.N.Name`); ignored for lists of scalars.
    public var uniqueBy: String?

    /// Creates limits; each one defaults to absent.
    ///
    /// - Parameters:
    ///   - minItems: The fewest elements a present list may have.
    ///   - maxItems: The most elements a list may have.
    ///   - uniqueBy: The wire name of a member whose value must not repeat between elements.
    public init(minItems: Int? = nil, maxItems: Int? = nil, uniqueBy: String? = nil) {
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueBy = uniqueBy
    }

    /// Whether no limit is set.
    public var isEmpty: Bool {
        self.minItems == nil && self.maxItems == nil && self.uniqueBy == nil
    }
}

extension ListLimits {
    /// The longest stretch of a value an error message quotes; longer values are cut.
    static let quotedValueLimit = 64

    /// Checks a list's length.
    ///
    /// - Parameters:
    ///   - count: The number of elements.
    ///   - name: The list's full wire name (`Filter`, `Filter.2.Value`), for the message.
    ///   - areStructures: Whether the elements are structures (counted as entries) rather than values.
    /// - Throws: ``RequestEncodingError`` naming the list and the broken limit.
    func checkCount(_ count: Int, of name: String, areStructures: Bool = false) throws {
        if let maxItems, count > maxItems {
            throw RequestEncodingError(
                parameter: name,
                message: "\(name) has \(Self.entries(count)); at most \(maxItems) "
                    + (maxItems == 1 ? "is" : "are") + " allowed")
        }
        if let minItems, count < minItems {
            let needed =
                areStructures
                ? Self.entries(minItems) : "\(minItems) " + (minItems == 1 ? "value" : "values")
            let message =
                count == 0
                ? "\(name) is empty; it needs at least \(needed)"
                : "\(name) has \(Self.entries(count)); it needs at least \(needed)"
            throw RequestEncodingError(parameter: name, message: message)
        }
    }

    /// `1 entry`, `3 entries`.
    private static func entries(_ count: Int) -> String {
        count == 1 ? "1 entry" : "\(count) entries"
    }

    /// A value as an error message quotes it: at most ``quotedValueLimit`` characters, then an ellipsis.
    static func quoted(_ value: String) -> String {
        guard value.count > Self.quotedValueLimit else { return "'\(value)'" }
        return "'\(value.prefix(Self.quotedValueLimit))…'"
    }
}
