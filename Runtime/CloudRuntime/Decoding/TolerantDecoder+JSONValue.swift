/// Free-form JSON and the members no documented field claims.
extension TolerantDecoder {
    /// The value at `node` as a ``JSONValue``, read as it is (free-form values never drift).
    func jsonValue(at node: Int) -> JSONValue {
        let entry = self.nodes[node]
        switch entry.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .string: return .string(self.string(at: node))
        case .number:
            return .number(JSONScalarText.double(self.bytes, start: Int(entry.start), length: Int(entry.length)) ?? 0)
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(entry.length))
            var child = node + 1
            for _ in 0..<Int(entry.length) {
                elements.append(self.jsonValue(at: child))
                child = Int(self.nodes[child].next)
            }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(Int(entry.length))
            var key = node + 1
            for _ in 0..<Int(entry.length) {
                members[self.string(at: key)] = self.jsonValue(at: key + 1)
                key = Int(self.nodes[key + 1].next)
            }
            return .object(members)
        }
    }

    /// The current object's members that no field looked up, each recorded as an unknown field.
    func undocumentedMembers() throws -> [String: JSONValue] {
        let object = self.current
        guard self.nodes[object].kind == .object else { return [:] }
        var members: [String: JSONValue] = [:]
        var key = object + 1
        for _ in 0..<Int(self.nodes[object].length) {
            if !self.nodes[key].visited {
                try self.record(
                    .unknownField, declared: nil, observed: self.observedType(of: key + 1), at: .member(keyNode: key))
                members[self.string(at: key)] = self.jsonValue(at: key + 1)
            }
            key = Int(self.nodes[key + 1].next)
        }
        return members
    }
}

extension Decoder {
    /// The members of the object being decoded that its type does not describe, by wire name.
    ///
    /// Generated structures call this after decoding their fields, to keep what the spec does not
    /// name. Only the SDK's own decoder (the one clients and ``ResponseDecoder`` use) finds them, and
    /// it records each as ``ResponseDrift/Kind/unknownField``; any other decoder gives an empty
    /// dictionary, so a plain `JSONDecoder` costs no more than before.
    public func undocumentedFields() throws -> [String: JSONValue] {
        guard let decoder = self as? TolerantDecoder else { return [:] }
        return try decoder.undocumentedMembers()
    }
}

extension Encoder {
    /// Writes members a structure was decoded with but does not describe, beside its own fields,
    /// so that re-encoding a response loses nothing the server sent.
    ///
    /// - Parameter fields: The undocumented members, by wire name. Decoding only ever gives names the
    ///   structure does not use itself; a name it does use is written twice and the encoder keeps one.
    public func encodeUndocumentedFields(_ fields: [String: JSONValue]) throws {
        // Taken even when there is nothing to add, so that a structure without fields encodes as `{}`.
        var container = self.container(keyedBy: AnyCodingKey.self)
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: AnyCodingKey(stringValue: name))
        }
    }
}
