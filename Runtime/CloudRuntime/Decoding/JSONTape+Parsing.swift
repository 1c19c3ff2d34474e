extension JSONTape {
    /// The deepest nesting accepted; deeper texts are refused rather than risking the stack.
    static let maximumDepth = 512

    /// Parses one JSON text (RFC 8259), with white space around it.
    ///
    /// - Parameter bytes: The text as UTF-8.
    /// - Throws: ``JSONSyntaxError`` where the text stops being JSON.
    init(parsing bytes: UnsafeBufferPointer<UInt8>) throws {
        guard bytes.count < Int(UInt32.max) else {
            throw JSONSyntaxError(offset: 0, reason: "the text is larger than 4 GiB")
        }
        var parser = Parser(bytes: bytes)
        // A rough guess at the node count avoids most regrowth for typical API answers.
        parser.nodes.reserveCapacity(max(16, bytes.count / 12))
        parser.skipWhiteSpace()
        try parser.parseValue(depth: 0)
        parser.skipWhiteSpace()
        guard parser.position == bytes.count else {
            throw JSONSyntaxError(offset: parser.position, reason: "unexpected text after the JSON value")
        }
        self.nodes = parser.nodes
    }
}

/// A recursive-descent JSON parser writing ``JSONTape`` nodes.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var nodes: [JSONTape.Node] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func skipWhiteSpace() {
        while self.position < self.bytes.count {
            switch self.bytes[self.position] {
            case 0x20, 0x0A, 0x0D, 0x09: self.position += 1
            default: return
            }
        }
    }

    private func failure(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: self.position, reason: reason)
    }

    private mutating func append(_ kind: JSONTape.Kind, start: Int = 0, length: Int = 0, flag: Bool = false) -> Int {
        let index = self.nodes.count
        self.nodes.append(
            JSONTape.Node(
                start: UInt32(truncatingIfNeeded: start), length: UInt32(truncatingIfNeeded: length),
                next: UInt32(truncatingIfNeeded: index + 1), kind: kind, flag: flag, visited: false))
        return index
    }

    mutating func parseValue(depth: Int) throws {
        guard self.position < self.bytes.count else { throw self.failure("expected a value, found the end") }
        switch self.bytes[self.position] {
        case UInt8(ascii: "{"): try self.parseObject(depth: depth)
        case UInt8(ascii: "["): try self.parseArray(depth: depth)
        case UInt8(ascii: "\""): try self.parseString()
        case UInt8(ascii: "t"): try self.parseLiteral("true", .true)
        case UInt8(ascii: "f"): try self.parseLiteral("false", .false)
        case UInt8(ascii: "n"): try self.parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try self.parseNumber()
        default: throw self.failure("expected a value")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONTape.Kind) throws {
        let count = word.utf8CodeUnitCount
        guard self.position + count <= self.bytes.count else { throw self.failure("expected \(word)") }
        for offset in 0..<count where self.bytes[self.position + offset] != word.utf8Start[offset] {
            throw self.failure("expected \(word)")
        }
        _ = self.append(kind)
        self.position += count
    }

    private mutating func parseObject(depth: Int) throws {
        guard depth < JSONTape.maximumDepth else { throw self.failure("nested deeper than \(JSONTape.maximumDepth)") }
        let index = self.append(.object)
        self.position += 1
        var members = 0
        self.skipWhiteSpace()
        if self.position < self.bytes.count, self.bytes[self.position] == UInt8(ascii: "}") {
            self.position += 1
            return
        }
        while true {
            self.skipWhiteSpace()
            guard self.position < self.bytes.count, self.bytes[self.position] == UInt8(ascii: "\"") else {
                throw self.failure("expected a member name in quotes")
            }
            try self.parseString()
            self.skipWhiteSpace()
            guard self.position < self.bytes.count, self.bytes[self.position] == UInt8(ascii: ":") else {
                throw self.failure("expected ':' after the member name")
            }
            self.position += 1
            self.skipWhiteSpace()
            try self.parseValue(depth: depth + 1)
            members += 1
            self.skipWhiteSpace()
            guard self.position < self.bytes.count else { throw self.failure("expected ',' or '}', found the end") }
            let byte = self.bytes[self.position]
            self.position += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else {
                self.position -= 1
                throw self.failure("expected ',' or '}'")
            }
        }
        self.nodes[index].length = UInt32(truncatingIfNeeded: members)
        self.nodes[index].next = UInt32(truncatingIfNeeded: self.nodes.count)
    }

    private mutating func parseArray(depth: Int) throws {
        guard depth < JSONTape.maximumDepth else { throw self.failure("nested deeper than \(JSONTape.maximumDepth)") }
        let index = self.append(.array)
        self.position += 1
        var elements = 0
        self.skipWhiteSpace()
        if self.position < self.bytes.count, self.bytes[self.position] == UInt8(ascii: "]") {
            self.position += 1
            return
        }
        while true {
            self.skipWhiteSpace()
            try self.parseValue(depth: depth + 1)
            elements += 1
            self.skipWhiteSpace()
            guard self.position < self.bytes.count else { throw self.failure("expected ',' or ']', found the end") }
            let byte = self.bytes[self.position]
            self.position += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else {
                self.position -= 1
                throw self.failure("expected ',' or ']'")
            }
        }
        self.nodes[index].length = UInt32(truncatingIfNeeded: elements)
        self.nodes[index].next = UInt32(truncatingIfNeeded: self.nodes.count)
    }

    /// A string: finds the closing quote, noting whether escapes need decoding later.
    private mutating func parseString() throws {
        let start = self.position + 1
        var cursor = start
        var hasEscapes = false
        let count = self.bytes.count
        while cursor < count {
            let byte = self.bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                _ = self.append(.string, start: start, length: cursor - start, flag: hasEscapes)
                self.position = cursor + 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                cursor += 2
            } else {
                cursor += 1
            }
        }
        self.position = start - 1
        throw self.failure("unterminated string")
    }

    /// A number: checks RFC 8259's grammar, noting a fraction or exponent.
    private mutating func parseNumber() throws {
        let start = self.position
        var cursor = start
        let count = self.bytes.count
        func digits() -> Int {
            let first = cursor
            while cursor < count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self.bytes[cursor]) { cursor += 1 }
            return cursor - first
        }
        if self.bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let integerDigits = digits()
        guard integerDigits > 0 else {
            self.position = cursor
            throw self.failure("expected a digit")
        }
        guard integerDigits == 1 || self.bytes[cursor - integerDigits] != UInt8(ascii: "0") else {
            self.position = cursor - integerDigits
            throw self.failure("a number may not start with 0")
        }
        var isIntegral = true
        if cursor < count, self.bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            isIntegral = false
            guard digits() > 0 else {
                self.position = cursor
                throw self.failure("expected a digit after '.'")
            }
        }
        if cursor < count, self.bytes[cursor] == UInt8(ascii: "e") || self.bytes[cursor] == UInt8(ascii: "E") {
            cursor += 1
            isIntegral = false
            if cursor < count, self.bytes[cursor] == UInt8(ascii: "+") || self.bytes[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            guard digits() > 0 else {
                self.position = cursor
                throw self.failure("expected a digit in the exponent")
            }
        }
        _ = self.append(.number, start: start, length: cursor - start, flag: !isIntegral)
        self.position = cursor
    }
}
