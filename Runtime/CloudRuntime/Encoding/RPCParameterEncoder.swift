import Foundation

/// Flattens request parameters into the ordered name/value list of an RPC request.
///
/// Nested structures and lists become dotted names: a list `InstanceSet` of structures gives
/// `InstanceSet.1.NodeRole`, a list inside a list item gives `Filter.1.Value.1`. Nil values and
/// empty lists are omitted, unless a list's ``ListLimits`` require elements. Items keep the order the
/// encode calls were made in.
@_spi(Generated) public struct RPCParameterEncoder: Sendable {
    /// The flattened parameters, unencoded, in insertion order.
    public private(set) var items: [QueryItem]
    /// The prefix prepended to every key (`InstanceSet.1.`); empty at the top level.
    public let prefix: String

    /// Creates an encoder.
    ///
    /// - Parameter prefix: Prepended to every key; empty for a request's top level.
    public init(prefix: String = "") {
        self.prefix = prefix
        self.items = []
    }

    /// Encodes a scalar; nil is omitted.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - key: The parameter name, relative to the encoder's prefix.
    /// - Throws: ``RequestEncodingError`` for an empty key.
    public mutating func encode<Value: ParameterValue>(_ value: Value?, forKey key: String) throws {
        guard let value else { return }
        let name = try self.qualifiedName(key)
        self.items.append(QueryItem(name: name, value: value.parameterText))
    }

    /// Encodes a list of scalars as `Key.N=value`, numbering from `indexBase`; nil and empty lists are omitted.
    ///
    /// - Parameters:
    ///   - values: The list.
    ///   - key: The list's parameter name.
    ///   - indexBase: The number of the first element: 1 for most Kingsoft lists, 0 where the vendor counts from 0.
    ///   - limits: The length limits the list must keep; none by default.
    /// - Throws: ``RequestEncodingError`` for an empty key or a list outside its limits.
    public mutating func encodeList<Element: ParameterValue>(
        _ values: [Element]?, forKey key: String, indexBase: Int = 1, limits: ListLimits = ListLimits()
    ) throws {
        try self.appendList(values, forKey: key, indexBase: indexBase, limits: limits) { value, _ in value.parameterText }
    }

    /// Encodes a list of structures as `Key.N.Field=value`, numbering from `indexBase`; nil and empty lists are omitted.
    ///
    /// - Parameters:
    ///   - values: The list.
    ///   - key: The list's parameter name.
    ///   - indexBase: The number of the first element.
    ///   - limits: The limits the list must keep (length, a member that must not repeat); none by default.
    /// - Throws: ``RequestEncodingError`` for an empty key or a list outside its limits, or whatever an
    ///   element throws.
    public mutating func encodeList<Element: RPCParameterEncodable>(
        _ values: [Element]?, forKey key: String, indexBase: Int = 1, limits: ListLimits = ListLimits()
    ) throws {
        guard let values else { return }
        let name = try self.qualifiedName(key)
        try limits.checkCount(values.count, of: name, areStructures: true)
        var uniqueness = limits.uniqueBy.map { UniquenessCheck(member: $0) }
        for (offset, value) in values.enumerated() {
            let element = "\(name).\(indexBase + offset)"
            var nested = RPCParameterEncoder(prefix: element + ".")
            try value.encode(to: &nested)
            try uniqueness?.check(nested.items, element: element)
            self.items.append(contentsOf: nested.items)
        }
    }

    /// Encodes a structure's fields as `Key.Field=value`; nil is omitted.
    ///
    /// - Parameters:
    ///   - value: The structure.
    ///   - key: Its parameter name.
    /// - Throws: ``RequestEncodingError`` for an empty key, or whatever the structure throws.
    public mutating func encodeStructure<Value: RPCParameterEncodable>(_ value: Value?, forKey key: String) throws {
        guard let value else { return }
        var nested = RPCParameterEncoder(prefix: try self.qualifiedName(key) + ".")
        try value.encode(to: &nested)
        self.items.append(contentsOf: nested.items)
    }

    /// Encodes any value as one parameter holding its JSON text (keys sorted, so the text is stable); nil is omitted.
    ///
    /// Some Kingsoft parameters (`NodePara`, `PublicApiServer`) carry a JSON document as a string.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - key: The parameter name.
    /// - Throws: ``RequestEncodingError`` naming the parameter when JSON encoding fails.
    public mutating func encodeJSONString<Value: Encodable>(_ value: Value?, forKey key: String) throws {
        guard let value else { return }
        let name = try self.qualifiedName(key)
        let text = try JSONText.encode(value, parameter: name)
        self.items.append(QueryItem(name: name, value: text))
    }

    /// Encodes a list whose elements are each one JSON text, as `Key.N={...}`, numbering from `indexBase`;
    /// nil and empty lists are omitted.
    ///
    /// Kingsoft's `InstanceSet.N.NodePara.M` and `ExistedInstanceEpcSet.N.EpcPara.M` are such lists.
    ///
    /// - Parameters:
    ///   - values: The list.
    ///   - key: The list's parameter name.
    ///   - indexBase: The number of the first element.
    ///   - limits: The length limits the list must keep; none by default.
    /// - Throws: ``RequestEncodingError`` naming the element when JSON encoding fails, or the list when it is
    ///   outside its limits.
    public mutating func encodeJSONStringList<Element: Encodable>(
        _ values: [Element]?, forKey key: String, indexBase: Int = 1, limits: ListLimits = ListLimits()
    ) throws {
        try self.appendList(values, forKey: key, indexBase: indexBase, limits: limits) { value, element in
            try JSONText.encode(value, parameter: element)
        }
    }

    /// Appends one `Key.N=text` item per element after checking the list's length.
    private mutating func appendList<Element>(
        _ values: [Element]?, forKey key: String, indexBase: Int, limits: ListLimits,
        text: (Element, String) throws -> String
    ) throws {
        guard let values else { return }
        let name = try self.qualifiedName(key)
        try limits.checkCount(values.count, of: name)
        for (offset, value) in values.enumerated() {
            let element = "\(name).\(indexBase + offset)"
            self.items.append(QueryItem(name: element, value: try text(value, element)))
        }
    }

    private func qualifiedName(_ key: String) throws -> String {
        guard !key.isEmpty else {
            throw RequestEncodingError(
                parameter: self.prefix.isEmpty ? nil : self.prefix,
                message: "An RPC parameter under '\(self.prefix)' has an empty name.")
        }
        return self.prefix + key
    }
}
