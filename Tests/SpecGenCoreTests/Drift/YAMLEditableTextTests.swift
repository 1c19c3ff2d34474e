import Testing

@testable import SpecGenCore

/// Node extents and the layout-keeping edits computed from them, in block and flow style.
@Suite struct YAMLEditableTextTests {
    private func edit(_ text: String, _ make: (YAMLNode, YAMLEditableText) -> [YAMLTextEdit]?) throws -> String {
        let root = try #require(try YAMLParser(file: "t.yaml").parse(text))
        let edits = try #require(make(root, YAMLEditableText(text)))
        return try YAMLTextEdit.apply(edits, to: text)
    }

    @Test func extentsIndexUnicodeScalarsAndEndWhereTheNodeEnds() throws {
        let text = "a: é 'x'\nb: [1, 2]  # c\nd:\n  - x\n  - y\n\n# tail\n"
        let root = try #require(try YAMLParser(file: "t.yaml").parse(text))
        let editable = YAMLEditableText(text)
        #expect(root["a"].flatMap(editable.source(of:)) == "é 'x'")
        #expect(root["b"]?.extent == YAMLExtent(start: 12, end: 18, isFlow: true))
        #expect(root["b"].flatMap(editable.source(of:)) == "[1, 2]")
        // A block sequence ends with its last item, before the blank line and the comment.
        #expect(root["d"].flatMap(editable.source(of:)) == "- x\n  - y")
        #expect(root["d"]?.extent?.isFlow == false)
    }

    @Test func crlfLineBreaksCountTwo() throws {
        let text = "a: 1\r\nb: [x]\r\n"
        let result = try self.edit(text) { root, editable in
            root["b"].flatMap { editable.inserting(["y"], into: $0) }.map { [$0] }
        }
        #expect(result == "a: 1\r\nb: [x, y]\r\n")
    }

    @Test func insertIntoFlowSequence() throws {
        let result = try self.edit("type: [integer, 'null']  # keep\n") { root, editable in
            root["type"].flatMap { editable.inserting(["string"], into: $0, before: 1) }.map { [$0] }
        }
        #expect(result == "type: [integer, string, 'null']  # keep\n")
    }

    @Test func insertIntoBlockSequenceBeforeAndAfter() throws {
        let text = "type:\n  - integer   # first\n  - 'null'\nnext: 1\n"
        let before = try self.edit(text) { root, editable in
            root["type"].flatMap { editable.inserting(["string"], into: $0, before: 1) }.map { [$0] }
        }
        #expect(before == "type:\n  - integer   # first\n  - string\n  - 'null'\nnext: 1\n")
        let after = try self.edit(text) { root, editable in
            root["type"].flatMap { editable.inserting(["a", "b"], into: $0) }.map { [$0] }
        }
        #expect(after == "type:\n  - integer   # first\n  - 'null'\n  - a\n  - b\nnext: 1\n")
    }

    @Test func appendToALastLineWithoutLineBreak() throws {
        let result = try self.edit("enum:\n- a") { root, editable in
            root["enum"].flatMap { editable.inserting(["b"], into: $0) }.map { [$0] }
        }
        #expect(result == "enum:\n- a\n- b")
    }

    @Test func removeFromFlowSequence() throws {
        let text = "required: [a, b, c, d]\n"
        let middle = try self.edit(text) { root, editable in
            root["required"].flatMap { editable.removing(itemsAt: [1, 2], from: $0) }
        }
        #expect(middle == "required: [a, d]\n")
        let ends = try self.edit(text) { root, editable in
            root["required"].flatMap { editable.removing(itemsAt: [0, 3], from: $0) }
        }
        #expect(ends == "required: [b, c]\n")
    }

    @Test func removeFromBlockSequenceTakesTheLine() throws {
        let result = try self.edit("required:\n  - a  # why\n  - b\nx: 1\n") { root, editable in
            root["required"].flatMap { editable.removing(itemsAt: [0], from: $0) }
        }
        #expect(result == "required:\n  - b\nx: 1\n")
    }

    @Test func removingEveryItemIsLeftToTheCaller() throws {
        let root = try #require(try YAMLParser(file: "t.yaml").parse("r: [a]\n"))
        #expect(YAMLEditableText("r: [a]\n").removing(itemsAt: [0], from: try #require(root["r"])) == nil)
    }

    @Test func appendToBlockMappingAfterNestedValuesAndComments() throws {
        let text = "properties:\n  a:\n    type: string  # note\n    description: |\n      text\n# outside\n"
        let result = try self.edit(text) { root, editable in
            root["properties"].flatMap { editable.appending(["b: {type: integer}"], to: $0) }.map { [$0] }
        }
        #expect(
            result
                == "properties:\n  a:\n    type: string  # note\n    description: |\n      text\n  b: {type: integer}\n# outside\n"
        )
    }

    @Test func appendToFlowMapping() throws {
        let result = try self.edit("p: {a: {type: string}}\n") { root, editable in
            root["p"].flatMap { editable.appending(["b: 1", "c: 2"], to: $0) }.map { [$0] }
        }
        #expect(result == "p: {a: {type: string}, b: 1, c: 2}\n")
    }

    @Test func removePairFromBlockAndFlowMappings() throws {
        let block = try self.edit("type: object\nrequired:\n  - a\nproperties: {}\n") { root, editable in
            editable.removingPair(at: 1, from: root).map { [$0] }
        }
        #expect(block == "type: object\nproperties: {}\n")
        let flowMiddle = try self.edit("s: {type: object, required: [a], x: 1}\n") { root, editable in
            root["s"].flatMap { editable.removingPair(at: 1, from: $0) }.map { [$0] }
        }
        #expect(flowMiddle == "s: {type: object, x: 1}\n")
        let flowLast = try self.edit("s: {type: object, required: [a]}\n") { root, editable in
            root["s"].flatMap { editable.removingPair(at: 1, from: $0) }.map { [$0] }
        }
        #expect(flowLast == "s: {type: object}\n")
    }

    @Test func insertionsGoBeforeAReplacementAtTheSameOffset() throws {
        let result = try YAMLTextEdit.apply(
            [YAMLTextEdit(range: 2..<4, replacement: "X"), YAMLTextEdit(range: 2..<2, replacement: "+")], to: "abcdef")
        #expect(result == "ab+Xef")
    }

    @Test func entriesAddedToANestedAndAnOuterMappingAtOneLineStayNested() throws {
        let text = "outer:\n  inner:\n    a: 1\nnext: 2\n"
        let result = try self.edit(text) { root, editable in
            guard let outer = root["outer"], let inner = outer["inner"] else { return nil }
            // The outer entry is planned first; it must still land after the inner one.
            return [editable.appending(["b: 2"], to: outer), editable.appending(["c: 3"], to: inner)].compactMap { $0 }
        }
        #expect(result == "outer:\n  inner:\n    a: 1\n    c: 3\n  b: 2\nnext: 2\n")
    }

    @Test func overlappingEditsAreRefused() {
        #expect(throws: YAMLTextEdit.OverlapError.self) {
            try YAMLTextEdit.apply(
                [YAMLTextEdit(range: 0..<3, replacement: ""), YAMLTextEdit(range: 2..<4, replacement: "")], to: "abcdef"
            )
        }
    }
}
