import Foundation
import Testing

@_spi(Generated) @testable import CloudRuntime

private struct ClusterType: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let kubernetes = ClusterType(rawValue: "Kubernetes")
    static let managed = ClusterType(rawValue: "ManagedKubernetes")
    static let allCases: [ClusterType] = [.kubernetes, .managed]
}

private struct Holder: Codable, Equatable {
    var type: ClusterType
    var types: [ClusterType]
}

@Suite struct ExtensibleEnumTests {
    @Test func unknownValuesDecodeAndRoundTrip() throws {
        let json = Data(#"{"type":"BrandNewKind","types":["Kubernetes","Other"]}"#.utf8)
        let holder = try JSONDecoder().decode(Holder.self, from: json)
        #expect(holder.type.rawValue == "BrandNewKind")
        #expect(holder.types == [.kubernetes, "Other"])
        #expect(holder.type != .kubernetes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(holder) == json)
    }

    @Test func knownValuesCompareByRawValue() {
        let literal: ClusterType = "ManagedKubernetes"
        #expect(literal == .managed)
        #expect(Set([ClusterType.managed, literal, .kubernetes]).count == 2)
        #expect(String(describing: ClusterType.managed) == "ManagedKubernetes")
        #expect(ClusterType.managed.parameterText == "ManagedKubernetes")
    }

    @Test func rejectsANonStringValue() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ClusterType].self, from: Data("[1]".utf8))
        }
    }
}
