import Foundation
import Testing

@testable import CloudRuntime

private struct Tag: Codable, Hashable, Sendable {
    var key: String?
    var value: String?
    var undocumentedFields = UndocumentedFields()

    enum CodingKeys: String, CodingKey {
        case key, value, undocumentedFields
    }
}

private struct Sample: Codable, Hashable, Sendable {
    var name: String
    var size: Int64?
    var ratio: Double?
    var small: Float?
    var flags: [Bool]
    var tags: [Tag]?
    var labels: [String: String]?
    var extra: JSONValue?
    @Boxed var parent: Tag?
}

/// Foundation's `JSONEncoder` with sorted keys and unescaped slashes is the reference for everything but
/// undocumented members: the SDK's encoder must give the same bytes.
@Suite struct WireJSONEncoderTests {
    private func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func wire(_ value: some Encodable) throws -> String {
        String(decoding: try WireJSONEncoder().encode(value), as: UTF8.self)
    }

    fileprivate static let samples: [Sample] = [
        Sample(name: "plain", flags: []),
        Sample(
            name: "a/b \"quoted\" \\ tab\t line\n\u{1} é \u{7f} \u{2028}", size: Int64.max, ratio: 0.1, small: 0.1,
            flags: [true, false], tags: [Tag(key: "k"), Tag(value: "v")],
            labels: ["b": "1", "B": "2", "a10": "3", "a9": "4", "_x": "5", "é": "6"],
            extra: ["n": 2, "list": [1.5, "x", nil, true], "nested": ["z": 1, "a": 2]],
            parent: Tag(key: "p")),
        Sample(name: "numbers", size: -7, ratio: 2, small: 1e-7, flags: [], extra: [1e20, 1.5e-7, 123_456_789_012]),
    ]

    @Test(arguments: samples)
    fileprivate func matchesFoundationsBytes(_ sample: Sample) throws {
        #expect(try self.wire(sample) == self.foundation(sample))
    }

    @Test func undocumentedMembersSitBesideTheDocumentedOnes() throws {
        var tag = Tag(key: "k")
        tag.undocumentedFields = ["zeta": [1, 2], "alpha": "a", "key": "ignored"]
        // Merged and sorted with the documented members; a documented member of the same name wins.
        #expect(try self.wire(tag) == #"{"alpha":"a","key":"k","zeta":[1,2]}"#)
        #expect(try self.wire([tag]) == #"[{"alpha":"a","key":"k","zeta":[1,2]}]"#)
        // Foundation's encoder keeps them too, as one member.
        #expect(
            try self.foundation(tag) == #"{"key":"k","undocumentedFields":{"alpha":"a","key":"ignored","zeta":[1,2]}}"#)
    }

    @Test func numbersJSONCannotHoldAreRefused() {
        #expect(throws: EncodingError.self) { try self.wire([Double.nan]) }
        #expect(throws: EncodingError.self) { try self.wire(["x": Double.infinity]) }
    }

    @Test func valueThatWritesNothingIsAnEmptyObject() throws {
        struct Nothing: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }
        #expect(try self.wire(["a": Nothing()]) == self.foundation(["a": Nothing()]))
        #expect(try self.wire(Nothing()) == "{}")
    }
}
