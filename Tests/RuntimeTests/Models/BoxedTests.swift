import Foundation
import Testing

@testable import CloudRuntime

private struct Inner: Codable, Hashable, Sendable {
    var name: String
    var sizes: [Int]
}

private struct Outer: Codable, Hashable, Sendable {
    @Boxed var inner: Inner?
    var label: String
}

@Suite struct BoxedTests {
    @Test func copiesShareStorageUntilMutated() {
        var first = Boxed(wrappedValue: Inner(name: "a", sizes: [1]))
        var second = first
        #expect(first.sharesStorage(with: second))
        second.wrappedValue.sizes.append(2)
        #expect(!first.sharesStorage(with: second))
        #expect(first.wrappedValue.sizes == [1])
        #expect(second.wrappedValue.sizes == [1, 2])
        first.wrappedValue.name = "b"
        #expect(first.wrappedValue == Inner(name: "b", sizes: [1]))
        #expect(second.wrappedValue.name == "a")
    }

    @Test func uniqueBoxIsMutatedInPlace() {
        var box = Boxed(wrappedValue: Inner(name: "a", sizes: []))
        let identity = box.storageIdentity
        box.wrappedValue.sizes.append(1)
        box.wrappedValue = Inner(name: "b", sizes: [2])
        #expect(box.storageIdentity == identity)
        #expect(box.wrappedValue == Inner(name: "b", sizes: [2]))
    }

    @Test func wrapperGivesValueSemanticsToContainingStructs() {
        var original = Outer(inner: Inner(name: "x", sizes: [1]), label: "l")
        let copy = original
        original.inner?.sizes.append(9)
        #expect(copy.inner?.sizes == [1])
        #expect(original.inner?.sizes == [1, 9])
        #expect(original != copy)
        original.inner?.sizes.removeLast()
        #expect(original == copy)
        #expect(original.hashValue == copy.hashValue)
    }

    @Test func codesAsTheUnboxedValue() throws {
        let value = Outer(inner: Inner(name: "n", sizes: [1, 2]), label: "l")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        #expect(String(decoding: data, as: UTF8.self) == #"{"inner":{"name":"n","sizes":[1,2]},"label":"l"}"#)
        #expect(try JSONDecoder().decode(Outer.self, from: data) == value)
    }

    @Test func absentOptionalMemberIsNilAndNilIsLeftOut() throws {
        // Synthesized coding goes through the wrapper's type; the optional's rules still hold.
        let decoded = try JSONDecoder().decode(Outer.self, from: Data(#"{"label":"l"}"#.utf8))
        #expect(decoded.inner == nil)
        let nullInner = try JSONDecoder().decode(Outer.self, from: Data(#"{"inner":null,"label":"l"}"#.utf8))
        #expect(nullInner.inner == nil)
        let encoded = try JSONEncoder().encode(Outer(inner: nil, label: "l"))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"label":"l"}"#)
    }

    @Test func crossesConcurrencyDomains() async {
        let value = Outer(inner: Inner(name: "shared", sizes: [1]), label: "l")
        let names = await withTaskGroup(of: String.self) { group in
            for index in 0..<4 {
                group.addTask {
                    var local = value
                    local.inner?.name += "\(index)"
                    return local.inner?.name ?? ""
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }.sorted()
        }
        #expect(names == ["shared0", "shared1", "shared2", "shared3"])
        #expect(value.inner?.name == "shared")
    }
}
