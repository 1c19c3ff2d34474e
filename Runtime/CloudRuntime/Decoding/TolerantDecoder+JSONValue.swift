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

    /// The members of the object at `object` that no field looked up, each recorded as an unknown field.
    func undocumentedMembers(of object: Int) throws -> [String: JSONValue] {
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
