/// Reading scalars into their declared Swift types, converting what the server sent as another
/// JSON type when the conversion loses nothing.
extension TolerantDecoder {
    /// The JSON type a node holds, as records name it: an integral number is `integer`.
    func observedType(of node: Int) -> String {
        let entry = self.nodes[node]
        switch entry.kind {
        case .null: return "null"
        case .true, .false: return "boolean"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .number:
            guard entry.flag else { return "integer" }
            let value = JSONScalarText.double(self.bytes, start: Int(entry.start), length: Int(entry.length))
            return value.map { $0.rounded() == $0 } == true ? "integer" : "number"
        }
    }

    /// Records a conversion from the node's JSON type, unless the spec allows that type here.
    private func recordCoercion(declared: String, node: Int, at step: Step?, alternatives: WireTypes) throws {
        let observed = self.observedType(of: node)
        if let type = WireType(rawValue: observed), alternatives.contains(type) { return }
        // A number is declared and an integer came: the spec's types allow it.
        if observed == "integer", alternatives.contains(.number) { return }
        try self.record(.coercedType, declared: declared, observed: observed, at: step)
    }

    /// A value of the wrong kind altogether, or `null` where a value must be: recorded, then thrown.
    func unreadable(declared: String, node: Int, at step: Step?) throws -> Never {
        if self.nodes[node].kind == .null {
            try self.record(.unexpectedNull, declared: declared, observed: "null", at: step)
        } else {
            try self.recordUnreadable(declared: declared, node: node, at: step)
        }
        throw UnreadableValue()
    }

    /// The bytes of a string node with white space trimmed, for reading numbers and booleans from
    /// text; nil when the string holds escapes (no number or boolean does).
    private func trimmedText(of node: Int) -> (start: Int, length: Int)? {
        let entry = self.nodes[node]
        guard !entry.flag else { return nil }
        var start = Int(entry.start)
        var end = start + Int(entry.length)
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, isSpace(self.bytes[start]) { start += 1 }
        while end > start, isSpace(self.bytes[end - 1]) { end -= 1 }
        return (start, end - start)
    }

    /// A string; a number is read as its text as written, a boolean as `true` or `false`.
    func readString(node: Int, at step: Step?, alternatives: WireTypes) throws -> String {
        let entry = self.nodes[node]
        switch entry.kind {
        case .string:
            return JSONScalarText.string(
                self.bytes, start: Int(entry.start), length: Int(entry.length), hasEscapes: entry.flag)
        case .number:
            try self.recordCoercion(declared: "string", node: node, at: step, alternatives: alternatives)
            return String(
                decoding: UnsafeBufferPointer(rebasing: self.bytes[Int(entry.start)..<Int(entry.start + entry.length)]),
                as: UTF8.self)
        case .true, .false:
            try self.recordCoercion(declared: "string", node: node, at: step, alternatives: alternatives)
            return entry.kind == .true ? "true" : "false"
        case .null, .array, .object:
            try self.unreadable(declared: "string", node: node, at: step)
        }
    }

    /// An integer; also a whole number written `5.0` (no deviation: JSON Schema counts it as an
    /// integer) and a string holding one (`"5"`).
    func readInteger<T: FixedWidthInteger>(
        _ type: T.Type, node: Int, at step: Step?, alternatives: WireTypes
    ) throws -> T {
        let entry = self.nodes[node]
        switch entry.kind {
        case .number:
            if let value = JSONScalarText.integer(
                T.self, self.bytes, start: Int(entry.start), length: Int(entry.length))
            {
                return value
            }
        case .string:
            if let text = self.trimmedText(of: node),
                let value = JSONScalarText.integer(T.self, self.bytes, start: text.start, length: text.length)
            {
                try self.recordCoercion(declared: "integer", node: node, at: step, alternatives: alternatives)
                return value
            }
        case .null, .true, .false, .array, .object:
            break
        }
        try self.unreadable(declared: "integer", node: node, at: step)
    }

    /// A floating-point number; also a string holding one (`"0.5"`).
    func readDouble(node: Int, at step: Step?, alternatives: WireTypes) throws -> Double {
        let entry = self.nodes[node]
        switch entry.kind {
        case .number:
            if let value = JSONScalarText.double(self.bytes, start: Int(entry.start), length: Int(entry.length)) {
                return value
            }
        case .string:
            if let text = self.trimmedText(of: node),
                let value = JSONScalarText.double(self.bytes, start: text.start, length: text.length)
            {
                try self.recordCoercion(declared: "number", node: node, at: step, alternatives: alternatives)
                return value
            }
        case .null, .true, .false, .array, .object:
            break
        }
        try self.unreadable(declared: "number", node: node, at: step)
    }

    /// A boolean; also `"true"`/`"false"` in any letter case, `"1"`/`"0"`, and the numbers 1 and 0.
    func readBool(node: Int, at step: Step?, alternatives: WireTypes) throws -> Bool {
        let entry = self.nodes[node]
        switch entry.kind {
        case .true: return true
        case .false: return false
        case .string:
            if let text = self.trimmedText(of: node), let value = self.booleanText(text) {
                try self.recordCoercion(declared: "boolean", node: node, at: step, alternatives: alternatives)
                return value
            }
        case .number:
            if let value = JSONScalarText.integer(
                Int.self, self.bytes, start: Int(entry.start), length: Int(entry.length)),
                value == 0 || value == 1
            {
                try self.recordCoercion(declared: "boolean", node: node, at: step, alternatives: alternatives)
                return value == 1
            }
        case .null, .array, .object:
            break
        }
        try self.unreadable(declared: "boolean", node: node, at: step)
    }

    private func booleanText(_ text: (start: Int, length: Int)) -> Bool? {
        let bytes = UnsafeBufferPointer(rebasing: self.bytes[text.start..<(text.start + text.length)])
        func matches(_ word: StaticString) -> Bool {
            guard bytes.count == word.utf8CodeUnitCount else { return false }
            for (offset, byte) in bytes.enumerated() where byte | 0x20 != word.utf8Start[offset] { return false }
            return true
        }
        if matches("true") || matches("1") { return true }
        if matches("false") || matches("0") { return false }
        return nil
    }
}
