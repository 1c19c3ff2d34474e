import Foundation
import Testing

@testable import SpecGenCore

@Suite struct BundleWriterTests {
    private func readBack(_ yaml: String) throws -> BundleValue {
        let node = try #require(try YAMLParser(file: "out.yaml").parse(yaml))
        return BundleTyping.value(node, in: .free)
    }

    @Test(arguments: [
        "plain", "a\nb", "a\nb\n", "a\nb\n\n", "a\n\n  indented\nc", "2015-12-15", "1.0", "yes", "Off", "null", "~",
        "-x", "a: b", "#c", "c #d", "", " lead", "trail ", "ünïcödé", "tab\there", "quote\"s", "{x}", "*star", "x:",
    ])
    func stringsReadBackUnchanged(text: String) throws {
        let value = BundleValue.object([
            (key: "k", value: .string(text)), (key: "list", value: .array([.string(text)])),
        ])
        #expect(try self.readBack(YAMLWriter.write(value)) == value)
    }

    @Test func typedScalarsReadBackTyped() throws {
        let value = BundleValue.object([
            (key: "int", value: .int(-3)), (key: "double", value: .double(2.5)), (key: "whole", value: .double(2)),
            (key: "bool", value: .bool(false)), (key: "null", value: .null),
            (key: "empty", value: .object([])), (key: "none", value: .array([])),
            (
                key: "nested",
                value: .array([
                    .array([.int(1)]), .object([(key: "a", value: .int(1)), (key: "b", value: .string("x"))]),
                ])
            ),
        ])
        #expect(try self.readBack(YAMLWriter.write(value)) == value)
    }

    @Test func jsonEscapesAndKeepsOrder() throws {
        let value = BundleValue.object([(key: "z", value: .string("line\n\"q\"\u{1}")), (key: "a", value: .double(2))])
        #expect(JSONWriter.write(value) == "{\n  \"z\": \"line\\n\\\"q\\\"\\u0001\",\n  \"a\": 2.0\n}\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONWriter.write(value).utf8)) as? [String: Any]
        #expect(parsed?["z"] as? String == "line\n\"q\"\u{1}")
    }
}
