import Foundation
import Testing

@testable import CloudRuntime

@Suite struct JSONValueTests {
    @Test func roundTripsEveryKind() throws {
        let text = #"{"array":[1,2.5,"s",null,true,false,{"k":[]}],"empty":{},"nested":{"a":{"b":"c"}},"number":-3,"unicode":"中/😀"}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        let expected: JSONValue = [
            "array": [1, 2.5, "s", nil, true, false, ["k": []]],
            "empty": [:],
            "nested": ["a": ["b": "c"]],
            "number": -3,
            "unicode": "中/😀",
        ]
        #expect(value == expected)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = try encoder.encode(value)
        #expect(String(decoding: encoded, as: UTF8.self) == text)
        #expect(try JSONDecoder().decode(JSONValue.self, from: encoded) == value)
    }

    @Test func keepsBooleansApartFromNumbers() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data("[true,1,0]".utf8))
        #expect(value == .array([.bool(true), .number(1), .number(0)]))
    }

    @Test func scalarsAtTheTopLevel() throws {
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data("null".utf8)) == .null)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(#""x""#.utf8)) == .string("x"))
    }
}
