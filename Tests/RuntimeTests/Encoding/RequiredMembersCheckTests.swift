import Foundation
import Testing

@_spi(Generated) @testable import CloudRuntime

/// A structure that answers contain too: its required members are optional in Swift, and listed in its
/// coding keys' rules.
private struct AutoScaling: Codable, Hashable, Sendable {
    var enable: Bool?
    var maxInstances: Int?

    enum CodingKeys: String, CodingKey, DocumentedCodingKeys {
        case enable
        case maxInstances = "max_instances"
        static let memberRules = MemberRules(required: ["enable", "max_instances"])
    }
}

private struct Tag: Codable, Hashable, Sendable {
    var key: String?
    var value: String?

    enum CodingKeys: String, CodingKey, DocumentedCodingKeys {
        case key, value
        static let memberRules = MemberRules(required: ["key"])
    }
}

private struct Pool: Codable, Hashable, Sendable {
    var autoScaling: AutoScaling?
    var tags: [Tag]?

    enum CodingKeys: String, CodingKey {
        case autoScaling = "auto_scaling"
        case tags
    }
}

@Suite struct RequiredMembersCheckTests {
    private func bodyField(_ name: String, _ value: some Encodable & Sendable) throws {
        var encoder = ROARequestEncoder(
            operation: OperationDescriptor(name: "CreateClusterNodePool", method: .post, path: "/pools"))
        try encoder.setBodyField(name, value)
    }

    @Test func aCompleteValuePasses() throws {
        try self.bodyField("auto_scaling", AutoScaling(enable: true, maxInstances: 3))
        try self.bodyField(
            "pool", Pool(autoScaling: AutoScaling(enable: false, maxInstances: 0), tags: [Tag(key: "a")]))
        try self.bodyField("pool", Pool())
    }

    @Test func aMissingMemberIsNamedByItsWirePathBeforeAnythingIsEncoded() {
        let error = #expect(throws: RequestEncodingError.self) {
            try self.bodyField("auto_scaling", AutoScaling(enable: true))
        }
        #expect(error?.parameter == "auto_scaling")
        #expect(error?.message == "Required member 'auto_scaling.max_instances' is missing.")
    }

    @Test func membersInsideNestedStructuresAndListsAreChecked() {
        let nested = #expect(throws: RequestEncodingError.self) {
            try self.bodyField("pool", Pool(autoScaling: AutoScaling(maxInstances: 2)))
        }
        #expect(nested?.message == "Required member 'pool.auto_scaling.enable' is missing.")
        let listed = #expect(throws: RequestEncodingError.self) {
            try self.bodyField("pool", Pool(tags: [Tag(key: "a"), Tag(value: "b")]))
        }
        #expect(listed?.message == "Required member 'pool.tags.1.key' is missing.")
    }

    @Test func aRequestsOwnRequirementsOnAListApplyToEachElement() throws {
        var encoder = ROARequestEncoder(
            operation: OperationDescriptor(name: "InstallNodePoolComponents", method: .post, path: "/pools"))
        // The list itself has no members: the elements answer for `value`.
        try encoder.setBodyField("tags", [Tag(key: "a", value: "x"), Tag(key: "b", value: "y")], requiring: ["value"])
        let error = #expect(throws: RequestEncodingError.self) {
            try encoder.setBodyField("tags", [Tag(key: "a", value: "x"), Tag(key: "b")], requiring: ["value"])
        }
        #expect(error?.message == "Required member 'tags.1.value' is missing.")
    }

    @Test func aWholeBodyIsCheckedFromItsRoot() {
        var encoder = ROARequestEncoder(
            operation: OperationDescriptor(name: "CreateClusterNodePool", method: .post, path: "/pools"))
        let error = #expect(throws: RequestEncodingError.self) {
            try encoder.setBody(AutoScaling(enable: true))
        }
        #expect(error?.parameter == nil)
        #expect(error?.message == "Required member 'max_instances' is missing.")
    }
}
