import Foundation

/// A `Decoder` over a ``JSONTape`` that reads answers as far as they can be read and records every
/// deviation from the spec (see ``ResponseDecoder`` for the rules).
///
/// One instance decodes one body: nested values are decoded by the same instance, which keeps a
/// stack of path steps instead of allocating a decoder per value. The coding path is only made
/// into text when a deviation is recorded.
final class TolerantDecoder: Decoder {
    /// One step from a value to a value inside it.
    enum Step {
        /// The member whose key is the string node at this index.
        case member(keyNode: Int)
        /// The element at this position of a list.
        case element(Int)
        /// A member the object lacks (for recording that it is missing).
        case absentMember(String)
    }

    /// The body's bytes; valid for the decoder's lifetime (``ResponseDecoder`` scopes both).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The parsed body's nodes (``JSONTape``), written only to mark members visited.
    let nodes: UnsafeMutableBufferPointer<JSONTape.Node>
    /// The deviations found so far.
    var drift: DriftCollector
    /// The node being decoded.
    var current = 0
    /// JSON types the spec also allows for the current value (`type: [integer, string]`).
    var currentAlternatives = WireTypes.none
    /// The steps from the top of the body to ``current``.
    private(set) var steps: [Step] = []

    init(bytes: UnsafeBufferPointer<UInt8>, nodes: UnsafeMutableBufferPointer<JSONTape.Node>, isStrict: Bool) {
        self.bytes = bytes
        self.nodes = nodes
        self.drift = DriftCollector(isStrict: isStrict)
        self.steps.reserveCapacity(16)
    }

    // MARK: - Decoder

    var codingPath: [any CodingKey] {
        self.steps.map { step in
            switch step {
            case .member(let keyNode): AnyCodingKey(stringValue: self.string(at: keyNode))
            case .element(let index): AnyCodingKey(intValue: index)
            case .absentMember(let name): AnyCodingKey(stringValue: name)
            }
        }
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard self.nodes[self.current].kind == .object else {
            try self.recordUnreadable(declared: "object", node: self.current, at: nil)
            throw UnreadableValue()
        }
        let rules = (Key.self as? any DocumentedCodingKeys.Type)?.memberRules
        return KeyedDecodingContainer(TolerantKeyedContainer<Key>(decoder: self, object: self.current, rules: rules))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard self.nodes[self.current].kind == .array else {
            try self.recordUnreadable(declared: "array", node: self.current, at: nil)
            throw UnreadableValue()
        }
        return TolerantUnkeyedContainer(decoder: self, array: self.current)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TolerantSingleValueContainer(decoder: self, value: self.current)
    }

    // MARK: - Nested values

    /// Decodes the value at `node`, one step below the current value.
    func decodeChild<T: Decodable>(
        _ type: T.Type, at node: Int, step: Step, alternatives: WireTypes = .none
    ) throws -> T {
        let saved = (self.current, self.currentAlternatives)
        self.current = node
        self.currentAlternatives = alternatives
        self.steps.append(step)
        defer {
            (self.current, self.currentAlternatives) = saved
            self.steps.removeLast()
        }
        return try self.decodeCurrent(T.self)
    }

    /// Decodes the current value, reading free-form JSON, lists and dates here and other types
    /// through their own `init(from:)`.
    func decodeCurrent<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self {
            return self.jsonValue(at: self.current) as! T
        }
        let kind = self.nodes[self.current].kind
        if kind == .array, let listType = T.self as? any TolerantListDecoding.Type {
            return try listType.init(elementsOf: self) as! T
        }
        if T.self == Date.self {
            return try self.readDate(node: self.current, at: nil) as! T
        }
        if T.self == Timestamp.self {
            return try self.readTimestamp(node: self.current) as! T
        }
        return try T(from: self)
    }

    /// Whether the spec lists an enumeration's value.
    func isDocumented<Value: ExtensibleEnum>(_ value: Value) -> Bool {
        DocumentedValues.shared.contains(value)
    }

    // MARK: - Deviations

    /// The path of the current value, plus `step` when it is given.
    func pathText(adding step: Step?) -> String {
        var path: [ResponseDrift.PathStep] = self.steps.map(self.pathStep)
        if let step { path.append(self.pathStep(step)) }
        return ResponseDrift.path(path)
    }

    private func pathStep(_ step: Step) -> ResponseDrift.PathStep {
        switch step {
        case .member(let keyNode): .member(self.string(at: keyNode))
        case .element: .element
        case .absentMember(let name): .member(name)
        }
    }

    /// Records a deviation at the current value, or at `step` below it.
    func record(
        _ kind: ResponseDrift.Kind, declared: String?, observed: String?, value: String? = nil, at step: Step?
    ) throws {
        guard !self.drift.isMuted else { return }
        try self.drift.record(
            DriftCollector.Entry(
                path: self.pathText(adding: step), kind: kind, declared: declared, observed: observed, value: value))
    }

    /// Records that `node`, reached by `step` from the current value (or the current value itself),
    /// could not be read as `declared`.
    func recordUnreadable(declared: String, node: Int, at step: Step?) throws {
        try self.record(.unreadableValue, declared: declared, observed: self.observedType(of: node), at: step)
    }

    /// The string a string node holds.
    func string(at node: Int) -> String {
        let entry = self.nodes[node]
        return JSONScalarText.string(
            self.bytes, start: Int(entry.start), length: Int(entry.length), hasEscapes: entry.flag)
    }
}

/// A coding key made at run time, for coding paths and for undocumented members.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
