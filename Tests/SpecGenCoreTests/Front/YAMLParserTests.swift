import Testing

@testable import SpecGenCore

@Suite struct YAMLParserTests {
    private func parse(_ text: String) throws -> YAMLNode {
        try #require(try YAMLParser(file: "t.yaml").parse(text))
    }

    @Test func marksAreOneBased() throws {
        let root = try self.parse("info:\n  title: T\n  version: '1.0'\n")
        #expect(root.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        let info = try #require(root["info"])
        #expect(info.location == SourceLocation(file: "t.yaml", line: 2, column: 3))
        #expect(info["version"]?.location == SourceLocation(file: "t.yaml", line: 3, column: 12))
        #expect(info.pair(for: "version")?.key.location == SourceLocation(file: "t.yaml", line: 3, column: 3))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try self.parse("a: {名前: x, b: y}\n")
        #expect(root["a"]?["b"]?.location.column == 15)
    }

    @Test func mappingKeepsDocumentOrder() throws {
        let root = try self.parse("zeta: 1\nalpha: 2\nmu: 3\nbeta: 4\n")
        #expect(root.pairs?.map { $0.key.scalarValue } == ["zeta", "alpha", "mu", "beta"])
    }

    @Test func scalarStylesAreRecorded() throws {
        let root = try self.parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\ne: >\n  folded\n")
        let styles = root.pairs?.compactMap { pair -> YAMLNode.ScalarStyle? in
            if case .scalar(_, let style) = pair.value.content { return style }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(root["d"]?.scalarValue == "literal\n")
    }

    @Test func aliasesResolveToTheAnchoredNode() throws {
        let root = try self.parse("base: &b {type: string, maxLength: 5}\ncopy: *b\n")
        #expect(root["copy"]?["maxLength"]?.scalarValue == "5")
        #expect(root["copy"]?.pairs?.map { $0.key.scalarValue } == ["type", "maxLength"])
    }

    @Test func syntaxErrorIsADiagnosticAtTheProblemMark() {
        #expect {
            _ = try YAMLParser(file: "t.yaml").parse("a:\n  b: [1, 2\nc: 3\n")
        } throws: { error in
            guard let error = error as? DiagnosticsError else { return false }
            return error.description == """
                t.yaml:3:2: error: YAML syntax error: did not find expected ',' or ']'
                t.yaml:2:6: note: while parsing a flow sequence that starts here
                """
        }
    }

    @Test func unknownAliasIsAnError() {
        #expect {
            _ = try YAMLParser(file: "t.yaml").parse("a: *missing\n")
        } throws: { error in
            (error as? DiagnosticsError)?.description.hasPrefix("t.yaml:1:4: error:") ?? false
        }
    }

    @Test func secondDocumentIsAnError() {
        #expect {
            _ = try YAMLParser(file: "t.yaml").parse("a: 1\n---\nb: 2\n")
        } throws: { error in
            (error as? DiagnosticsError)?.description
                == "t.yaml:3:1: error: a spec file holds one YAML document, found 2"
        }
    }

    @Test func emptyTextHasNoDocument() throws {
        #expect(try YAMLParser(file: "t.yaml").parse("# only a comment\n") == nil)
    }

    @Test(arguments: [
        ("~", YAMLScalar.null), ("", .null), ("Null", .null), ("true", .bool(true)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("12", .int(12)), ("-3", .int(-3)), ("0x1F", .int(31)), ("0o17", .int(15)),
        ("1.5", .double(1.5)), ("1e3", .double(1000)), (".5", .double(0.5)), ("2015-12-15", .string("2015-12-15")),
        ("1.0.0", .string("1.0.0")), ("0x", .string("0x")), (".inf", .double(.infinity)),
    ])
    func coreSchemaResolvesPlainScalars(text: String, expected: YAMLScalar) {
        #expect(YAMLScalar.resolvePlain(text) == expected)
    }
}
