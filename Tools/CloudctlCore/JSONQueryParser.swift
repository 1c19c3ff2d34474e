import Foundation

/// Reads a ``JSONQuery`` expression into steps, reporting the first problem with its column.
struct JSONQueryParser {
    let text: String
    private let characters: [Character]
    private var position = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// The steps of the whole expression.
    mutating func parse() throws(UsageError) -> [JSONQuery.Step] {
        guard !self.characters.isEmpty else { throw UsageError("--query needs an expression, such as clusters[].name") }
        var steps: [JSONQuery.Step] = []
        if self.peek == "[" {
            steps.append(try self.bracket())
        } else {
            steps.append(.member(try self.identifier()))
        }
        while let next = self.peek {
            switch next {
            case ".":
                self.position += 1
                steps.append(.member(try self.identifier()))
            case "[":
                steps.append(try self.bracket())
            default:
                throw self.error("expected '.' or '['")
            }
        }
        return steps
    }

    private var peek: Character? {
        self.position < self.characters.count ? self.characters[self.position] : nil
    }

    private mutating func skipSpaces() {
        while self.peek == " " { self.position += 1 }
    }

    private mutating func expect(_ character: Character) throws(UsageError) {
        guard self.peek == character else { throw self.error("expected '\(character)'") }
        self.position += 1
    }

    /// A member name: letters, digits and `_` not starting with a digit, or any text in double quotes.
    private mutating func identifier() throws(UsageError) -> String {
        if self.peek == "\"" {
            self.position += 1
            let start = self.position
            while let character = self.peek, character != "\"" { self.position += 1 }
            let name = String(self.characters[start..<self.position])
            try self.expect("\"")
            return name
        }
        let start = self.position
        while let character = self.peek, character == "_" || character.isASCII && (character.isLetter || character.isNumber)
        {
            if self.position == start, character.isNumber { break }
            self.position += 1
        }
        guard self.position > start else { throw self.error("expected a member name") }
        return String(self.characters[start..<self.position])
    }

    /// `[N]`, `[*]`, `[]` or `[?path == literal]`.
    private mutating func bracket() throws(UsageError) -> JSONQuery.Step {
        try self.expect("[")
        let step: JSONQuery.Step
        switch self.peek {
        case "*":
            self.position += 1
            step = .projection(filter: nil)
        case "]":
            step = .flatten
        case "?":
            self.position += 1
            step = .projection(filter: try self.filter())
        default:
            let start = self.position
            if self.peek == "-" { self.position += 1 }
            while let character = self.peek, character.isASCII, character.isNumber { self.position += 1 }
            guard let index = Int(String(self.characters[start..<self.position])) else {
                self.position = start
                throw self.error("expected a position, '*', '?' or ']'")
            }
            step = .element(index)
        }
        try self.expect("]")
        return step
    }

    /// `path == literal` or `path != literal`, spaces allowed around the operator.
    private mutating func filter() throws(UsageError) -> JSONQuery.Filter {
        self.skipSpaces()
        var path = [try self.identifier()]
        while self.peek == "." {
            self.position += 1
            path.append(try self.identifier())
        }
        self.skipSpaces()
        let equals: Bool
        switch (self.peek, self.position + 1 < self.characters.count ? self.characters[self.position + 1] : nil) {
        case ("=", "="): equals = true
        case ("!", "="): equals = false
        default: throw self.error("expected '==' or '!='")
        }
        self.position += 2
        self.skipSpaces()
        let literal = try self.literal()
        self.skipSpaces()
        return JSONQuery.Filter(path: path, equals: equals, literal: literal)
    }

    /// `'text'` or `` `json` ``, as compact JSON text.
    private mutating func literal() throws(UsageError) -> String {
        guard let quote = self.peek, quote == "'" || quote == "`" else {
            throw self.error("expected a value: 'text' or `json`")
        }
        let start = self.position
        self.position += 1
        let contentStart = self.position
        while let character = self.peek, character != quote { self.position += 1 }
        let content = String(self.characters[contentStart..<self.position])
        try self.expect(quote)
        if quote == "'" { return JSONQuery.compactJSON(content) }
        guard let value = try? JSONSerialization.jsonObject(with: Data(content.utf8), options: [.fragmentsAllowed])
        else {
            self.position = start
            throw self.error("the value between backticks is not JSON")
        }
        return JSONQuery.compactJSON(value)
    }

    private func error(_ problem: String) -> UsageError {
        UsageError("--query: \(problem) at column \(self.position + 1) of '\(self.text)'")
    }
}
