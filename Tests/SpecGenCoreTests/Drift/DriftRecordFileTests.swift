import Testing

@testable import SpecGenCore

/// Reading NDJSON drift records: the runtime's format exactly, every bad line at `file:line:1`.
@Suite struct DriftRecordFileTests {
    @Test func readsTheRuntimeFormat() throws {
        let text = """
            {"service":"ACK","operation":"DescribeClustersV1","path":"$.clusters[*].size","kind":"coerced-type","declared":"integer","observed":"string","count":5000,"requestId":"5A1E"}

            {"service":"ACK","operation":"DescribeClusterDetail","path":"$[\\"x-custom\\"]","kind":"unknown-field","observed":"object","count":1}
            {"service":"ACK","operation":"DescribeClusterDetail","path":"$.state","kind":"unknown-enum-value","declared":"string","observed":"string","value":"deleting","count":2}

            """
        let records = try DriftRecordFile.parse(text, file: "d.ndjson")
        #expect(records.count == 3)
        #expect(records[0].path == DriftPath([.member("clusters"), .element, .member("size")]))
        #expect(records[0].kind == .coercedType)
        #expect(records[0].declared == .integer)
        #expect(records[0].observed == .string)
        #expect(records[0].count == 5000)
        #expect(records[0].requestID == "5A1E")
        #expect(records[0].source == SourceLocation(file: "d.ndjson", line: 1, column: 1))
        #expect(records[1].path == DriftPath([.member("x-custom")]))
        #expect(records[1].declared == nil)
        #expect(records[1].source.line == 3)
        #expect(records[2].value == "deleting")
    }

    @Test(
        arguments: [
            ("$", []), ("$.a.b", [.member("a"), .member("b")]), ("$[*][*]", [.element, .element]),
            (#"$["odd name"].x"#, [.member("odd name"), .member("x")]), (#"$["q\"uote"]"#, [.member("q\"uote")]),
        ] as [(String, [DriftPath.Step])])
    func pathsReadBackAsWritten(text: String, steps: [DriftPath.Step]) throws {
        let path = try #require(DriftPath(parsing: text))
        #expect(path.steps == steps)
        #expect(path.description == text)
    }

    @Test(arguments: ["", "clusters", "$.", "$.a-b", "$[1]", #"$["open"#, "$.a[*"])
    func malformedPathsAreRefused(text: String) {
        #expect(DriftPath(parsing: text) == nil)
    }

    @Test func aFileThatIsNotNDJSONIsOneClearError() {
        #expect {
            _ = try DriftRecordFile.parse("# Spec conventions\n\n{\"service\":\"ACK\"}\n", file: "spec/README.md")
        } throws: { error in
            (error as? DiagnosticsError)?.description
                == "spec/README.md:1:1: error: not an NDJSON record file: line 1 is not a JSON object"
        }
    }

    @Test func everyBadLineIsReportedAtItsLine() {
        let text = """
            {"service":"ACK","operation":"A","path":"$.a","kind":"unexpected-null","count":1}
            {"service":"ACK","path":"$.a","count":1}
            {"service":"ACK","operation":"A","path":"$.a","kind":"renamed-field","count":1}
            not json
            {"service":"ACK","operation":"A","path":"a.b","kind":"unexpected-null"}
            {"service":"ACK","operation":"A","path":"$.a","kind":"coerced-type","declared":"int","observed":"string"}
            {"service":"ACK","operation":"A","path":"$.a","kind":"coerced-type","declared":"integer"}
            {"service":"ACK","operation":"A","path":"$.a","kind":"unknown-enum-value","declared":"string"}
            {"service":"ACK","operation":"A","path":"$.a","kind":"unexpected-null","count":"1"}
            {"service":"ACK","operation":"A","path":"$.a","kind":"unexpected-null","count":0}
            """
        #expect {
            _ = try DriftRecordFile.parse(text, file: "d.ndjson")
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.description) == [
                "d.ndjson:2:1: error: the record has no 'operation', 'kind'",
                "d.ndjson:3:1: error: unknown kind 'renamed-field' (coerced-type, unknown-field, "
                    + "missing-required-field, unknown-enum-value, unreadable-value, unexpected-null, unknown-date-form)",
                "d.ndjson:4:1: error: the line is not a JSON object",
                "d.ndjson:5:1: error: 'a.b' is not a record path ($, .name, [\"name\"], [*])",
                "d.ndjson:6:1: error: 'declared' is 'int', not a JSON type",
                "d.ndjson:7:1: error: a 'coerced-type' record needs 'observed'",
                "d.ndjson:8:1: error: an 'unknown-enum-value' record needs 'value'",
                "d.ndjson:9:1: error: the record's fields have the wrong types (strings, and an integer 'count')",
                "d.ndjson:10:1: error: 'count' must be at least 1, found 0",
            ]
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect {
            _ = try DriftRecordFile.read("/nonexistent/drift.ndjson")
        } throws: { error in
            (error as? DiagnosticsError)?.description
                == "error: cannot read the record file '/nonexistent/drift.ndjson': no such file or folder"
        }
    }
}
