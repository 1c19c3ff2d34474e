import Testing

@testable import SpecGenCore

/// Reading `x-errors`: each malformed row is reported at the exact value, and only whole rows are kept.
@Suite struct ErrorsExtensionRuleTests {
    @Test(arguments: [
        "broken-errors/openapi.yaml:33:11: error: 'code' of an 'x-errors' entry must be a non-empty string, found a number",
        "broken-errors/openapi.yaml:34:13: error: 'status' of an 'x-errors' entry must be an HTTP status from 100 to 599, found a string '400'",
        "broken-errors/openapi.yaml:36:5: error: missing 'code' in an 'x-errors' entry",
        "broken-errors/openapi.yaml:36:13: error: 'status' of an 'x-errors' entry must be an HTTP status from 100 to 599, found a number '700'",
        "broken-errors/openapi.yaml:37:14: error: 'message' of an 'x-errors' entry must be a non-empty string, found a sequence",
        "broken-errors/openapi.yaml:39:13: error: 'status' of an 'x-errors' entry must be an HTTP status from 100 to 599, found a number '429.5'",
        "broken-errors/openapi.yaml:41:18: error: 'description' of an 'x-errors' entry must be a string, found a mapping",
        "broken-errors/openapi.yaml:42:5: error: an 'x-errors' entry must be a mapping with code, status and message, found a string",
    ])
    func malformedRow(line: String) {
        #expect(LintOutput.lines("broken-errors").contains(line))
    }

    @Test func wellFormedRowsAndNothingElse() {
        let lines = LintOutput.lines("broken-errors").filter { $0.contains("x-errors") }
        #expect(lines.count == 8, "\(lines)")
        #expect(
            !lines.contains { $0.contains(":29:") || $0.contains(":30:") || $0.contains(":31:") || $0.contains(":32:") }
        )
    }

    private func read(_ yaml: String) throws -> (rows: [ErrorCodeRow], messages: [String]) {
        let root = try #require(try YAMLParser(file: "t.yaml").parse(yaml))
        var reader = ExtensionReader()
        let rows = reader.readErrorRows(in: root)
        return (rows, reader.diagnostics.map(\.message))
    }

    @Test func notASequence() throws {
        let read = try self.read("x-errors: {code: A}\n")
        #expect(read.messages == ["'x-errors' must be a sequence of {code, status, message}, found a mapping"])
        #expect(read.rows.isEmpty)
    }

    @Test func absentIsFine() throws {
        let read = try self.read("openapi: 3.1.0\n")
        #expect(read.messages.isEmpty && read.rows.isEmpty)
    }

    @Test func onlyWholeRowsAreKept() throws {
        let read = try self.read(
            "x-errors: [{code: A, status: 400, message: m}, {code: B, status: '400', message: m}, {code: C, message: m}]\n"
        )
        #expect(read.rows.map(\.code) == ["A"])
        #expect(read.messages.count == 2)
    }
}
