/// Finds, before a request leaves, a structure inside a request value that lacks a member its spec
/// marks required.
///
/// Structures that answers contain too keep every member optional in Swift (an answer may lack one), so
/// the compiler cannot insist on them when the same structure is sent. Their coding keys list the
/// required members (``DocumentedCodingKeys``); this check walks the value as an `Encoder` would, writing
/// nothing, and compares the members each structure encodes with that list.
enum RequiredMembersCheck {
    /// Checks a value and everything inside it.
    ///
    /// - Parameters:
    ///   - value: The value about to be encoded as JSON.
    ///   - parameter: The parameter or body field it is sent as, if any; the path in the error starts there.
    ///   - members: Members this request requires beyond the structures' own rules, as dotted wire paths
    ///     from the value (`enable`, `upgrade_config.max_unavailable`); lists are transparent.
    /// - Throws: ``RequestEncodingError`` naming the first missing member by its dotted wire path
    ///   (`auto_scaling.enable`, `tags.0.key`).
    static func check(_ value: some Encodable, parameter: String?, requiring members: [String] = []) throws {
        let encoder = MemberRecorder(path: parameter.map { [$0] } ?? [], extra: RequiredTree(members))
        try value.encode(to: encoder)
        try encoder.finish(parameter: parameter)
    }
}

/// An `Encoder` that writes nothing: it records the members each keyed container receives and, when
/// its value has been encoded, compares them with the container's required members.
private final class MemberRecorder: Encoder {
    /// The wire path of the value being encoded.
    let path: [String]
    /// Members the request requires of this value and of the values inside it.
    let extra: RequiredTree
    /// The required members of the keyed container the value opened, if it opened one with rules.
    private var required: Set<String> = []
    /// The members it encoded.
    private var encoded: Set<String> = []
    /// Whether the value is a list: lists are transparent, so its elements answer for the required members.
    private var isList = false

    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]

    init(path: [String], extra: RequiredTree = RequiredTree()) {
        self.path = path
        self.extra = extra
        self.required = extra.members
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if let documented = Key.self as? any DocumentedCodingKeys.Type {
            self.required.formUnion(documented.memberRules.required)
        }
        return KeyedEncodingContainer(KeyedRecorder<Key>(recorder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        self.isList = true
        return UnkeyedRecorder(recorder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueRecorder(recorder: self)
    }

    /// Notes that a member was written.
    func record(_ key: String) {
        self.encoded.insert(key)
    }

    /// Encodes a nested value with its own recorder and checks it.
    ///
    /// - Parameter isElement: Whether the value is a list element, which the request's own required
    ///   paths pass through.
    func nested(_ value: some Encodable, at component: String, isElement: Bool = false) throws {
        if value is any ParameterValue { return }
        let extra = isElement ? self.extra : self.extra.children[component] ?? RequiredTree()
        let nested = MemberRecorder(path: self.path + [component], extra: extra)
        try value.encode(to: nested)
        try nested.finish(parameter: self.path.first)
    }

    /// Throws when a required member was not written.
    func finish(parameter: String?) throws {
        guard !self.isList else { return }
        guard let missing = self.required.subtracting(self.encoded).min() else { return }
        let wirePath = (self.path + [missing]).joined(separator: ".")
        throw RequestEncodingError(parameter: parameter, message: "Required member '\(wirePath)' is missing.")
    }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let recorder: MemberRecorder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        self.recorder.record(key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let undocumented = value as? UndocumentedFields {
            // Sent beside the documented members (see WireJSONEncoder), so they count as written.
            undocumented.members.keys.forEach(self.recorder.record)
            return
        }
        self.recorder.record(key.stringValue)
        try self.recorder.nested(value, at: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        self.recorder.record(key.stringValue)
        return MemberRecorder(path: self.recorder.path + [key.stringValue]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.recorder.record(key.stringValue)
        return UnkeyedRecorder(recorder: MemberRecorder(path: self.recorder.path + [key.stringValue]))
    }

    mutating func superEncoder() -> any Encoder {
        self.recorder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.recorder.record(key.stringValue)
        return MemberRecorder(path: self.recorder.path + [key.stringValue])
    }
}

private struct UnkeyedRecorder: UnkeyedEncodingContainer {
    let recorder: MemberRecorder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(recorder: MemberRecorder) {
        self.recorder = recorder
    }

    mutating func encodeNil() throws {
        self.count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try self.recorder.nested(value, at: String(self.count), isElement: true)
        self.count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        defer { self.count += 1 }
        return MemberRecorder(path: self.recorder.path + [String(self.count)]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        defer { self.count += 1 }
        return UnkeyedRecorder(recorder: MemberRecorder(path: self.recorder.path + [String(self.count)]))
    }

    mutating func superEncoder() -> any Encoder {
        self.recorder
    }
}

private struct SingleValueRecorder: SingleValueEncodingContainer {
    let recorder: MemberRecorder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        if value is any ParameterValue { return }
        try value.encode(to: self.recorder)
    }
}

/// Dotted member paths as a tree: `["enable", "upgrade_config.max_unavailable"]` requires `enable` and
/// `upgrade_config` of the value, and `max_unavailable` of its `upgrade_config`.
private struct RequiredTree: Sendable {
    var members: Set<String> = []
    var children: [String: RequiredTree] = [:]

    init() {}

    init(_ paths: [String]) {
        for path in paths {
            self.insert(path.split(separator: ".").map(String.init)[...])
        }
    }

    private mutating func insert(_ components: ArraySlice<String>) {
        guard let first = components.first else { return }
        self.members.insert(first)
        guard components.count > 1 else { return }
        self.children[first, default: RequiredTree()].insert(components.dropFirst())
    }
}
