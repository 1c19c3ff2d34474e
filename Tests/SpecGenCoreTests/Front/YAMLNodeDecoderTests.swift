import Testing

@testable import SpecGenCore

@Suite struct YAMLNodeDecoderTests {
    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let node = try #require(try YAMLParser(file: "t.yaml").parse(text))
        return try YAMLNodeDecoder().decode(type, from: node)
    }

    private struct Info: Decodable, Equatable {
        var title: String
        var version: String
    }

    private struct Flags: Decodable, Equatable {
        var enabled: Bool
        var count: Int
        var ratio: Double
        var note: String?
        var missing: Int?
    }

    /// Records the keys the decoder lists, in the order it lists them.
    private struct KeyOrder: Decodable {
        var keys: [String]

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            self.keys = try decoder.container(keyedBy: Key.self).allKeys.map(\.stringValue)
        }
    }

    @Test func scalarsResolveByTargetType() throws {
        let info = try self.decode(Info.self, "title: 2024\nversion: 1.0\n")
        #expect(info == Info(title: "2024", version: "1.0"))
    }

    @Test func boolsIntsDoublesAndNulls() throws {
        let flags = try self.decode(Flags.self, "enabled: True\ncount: 0x10\nratio: 2\nnote: ~\n")
        #expect(flags == Flags(enabled: true, count: 16, ratio: 2, note: nil, missing: nil))
    }

    @Test func quotedScalarIsOnlyAString() {
        #expect(throws: DiagnosticsError.self) {
            _ = try self.decode(Flags.self, "enabled: 'true'\ncount: 1\nratio: 1\n")
        }
    }

    @Test func yesIsNotABoolean() throws {
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try self.decode(Flags.self, "enabled: yes\ncount: 1\nratio: 1\n")
        }
        #expect(error?.description == "t.yaml:1:10: error: expected a boolean for 'enabled', found a string")
    }

    @Test func keysComeInDocumentOrder() throws {
        let order = try self.decode(KeyOrder.self, "b: 1\na: 2\nd: 3\nc: 4\n")
        #expect(order.keys == ["b", "a", "d", "c"])
    }

    @Test func typeMismatchLandsOnTheNode() {
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try self.decode([String: Info].self, "one:\n  title: {a: 1}\n  version: '1'\n")
        }
        #expect(error?.description == "t.yaml:2:10: error: expected a string for 'title', found a mapping")
    }

    @Test func missingKeyLandsOnTheMapping() {
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try self.decode([Info].self, "- title: A\n  version: '1'\n- title: B\n")
        }
        #expect(error?.description == "t.yaml:3:3: error: missing key 'version'")
    }

    @Test func integerOverflowIsAnError() {
        #expect(throws: DiagnosticsError.self) {
            _ = try self.decode([Int8].self, "[1, 300]")
        }
    }
}
