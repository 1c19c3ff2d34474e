import CloudctlCore
import Foundation
import Testing

/// `--query` means what JMESPath means: every expected result was computed by the jmespath package
/// (`scripts/query-fixtures/generate.py`), never by cloudctl.
@Suite struct QueryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var expression: String
        /// The expected value as compact JSON with sorted keys.
        var expected: String

        var testDescription: String { self.expression }
    }

    /// The fixture's document and cases, JSON values kept as compact, key-sorted text.
    static let fixture: (document: String, cases: [Case]) = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures/query-cases.json")
        // The fixture is part of the repository; a broken file fails loudly here.
        let root = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let cases = (root["cases"] as! [[String: Any]]).map { entry in
            Case(expression: entry["expression"] as! String, expected: try! Self.compact(entry["expected"]!))
        }
        return (try! Self.compact(root["document"]!), cases)
    }()

    static func compact(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: Self.fixture.cases)
    func selectsWhatJMESPathSelects(_ testCase: Case) throws {
        let document = try JSONSerialization.jsonObject(with: Data(Self.fixture.document.utf8))
        let selected = try JSONQuery(testCase.expression).select(from: document)
        #expect(try Self.compact(selected) == testCase.expected)
    }

    @Test(arguments: [
        ("clusters..name", "--query: expected a member name at column 10 of 'clusters..name'"),
        ("clusters[x]", "--query: expected a position, '*', '?' or ']' at column 10 of 'clusters[x]'"),
        ("clusters[?state='a']", "--query: expected '==' or '!=' at column 16 of 'clusters[?state='a']'"),
        ("clusters[?state==a]", "--query: expected a value: 'text' or `json` at column 18 of 'clusters[?state==a]'"),
        ("a[?b==`{`]", "--query: the value between backticks is not JSON at column 7 of 'a[?b==`{`]'"),
        ("a b", "--query: expected '.' or '[' at column 2 of 'a b'"),
        ("", "--query needs an expression, such as clusters[].name"),
    ])
    func aBadExpressionSaysWhere(_ expression: String, _ message: String) {
        #expect(throws: UsageError(message)) { try JSONQuery(expression) }
    }
}
