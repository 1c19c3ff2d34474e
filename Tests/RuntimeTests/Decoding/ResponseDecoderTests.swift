import Foundation
import Testing

@testable import CloudRuntime

@Suite struct ResponseDecoderTests {
    private func decode(_ json: String, mode: DecodingMode = .tolerant) throws -> (FixtureCluster, [ResponseDrift]) {
        try ResponseDecoder(mode: mode).decode(FixtureCluster.self, from: Array(json.utf8))
    }

    private func record(
        _ path: String, _ kind: ResponseDrift.Kind, _ declared: String?, _ observed: String?, value: String? = nil,
        count: Int = 1
    ) -> ResponseDrift {
        ResponseDrift(path: path, kind: kind, declared: declared, observed: observed, value: value, count: count)
    }

    @Test func anAnswerAsDocumentedDecodesWithoutDrift() throws {
        let (cluster, drift) = try self.decode(
            #"""
            {"cluster_id":"c1","name":"web","size":5,"count":3,"deletion_protection":true,"cpu_ratio":0.25,
             "kind":"Ask","tags":[{"key":"env","value":"prod"}],"zones":["a","b"],"meta_data":{"x":[1,null]},
             "zone_id":null}
            """#)
        #expect(drift == [])
        #expect(
            cluster
                == FixtureCluster(
                    clusterID: "c1", name: "web", size: 5, count: 3, deletionProtection: true, cpuRatio: 0.25,
                    kind: .ask, tags: [FixtureTag(key: "env", value: "prod")], zones: ["a", "b"],
                    metaData: ["x": [1, nil]]))
    }

    @Test func numbersAndBooleansSentAsStringsAreConverted() throws {
        let (cluster, drift) = try self.decode(
            #"{"cluster_id":"c1","size":" 5 ","deletion_protection":"true","cpu_ratio":"0.5","zones":[]}"#)
        #expect(cluster.size == 5)
        #expect(cluster.deletionProtection == true)
        #expect(cluster.cpuRatio == 0.5)
        #expect(
            drift == [
                self.record("$.size", .coercedType, "integer", "string"),
                self.record("$.deletion_protection", .coercedType, "boolean", "string"),
                self.record("$.cpu_ratio", .coercedType, "number", "string"),
            ])
    }

    @Test(arguments: [
        (#""True""#, true, "string"), (#""FALSE""#, false, "string"), (#""1""#, true, "string"),
        (#""0""#, false, "string"), ("1", true, "integer"), ("0", false, "integer"),
    ])
    func booleanSpellings(_ text: String, _ expected: Bool, _ observed: String) throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"deletion_protection":"# + text + "}")
        #expect(cluster.deletionProtection == expected)
        #expect(drift == [self.record("$.deletion_protection", .coercedType, "boolean", observed)])
    }

    @Test func stringsSentAsNumbersOrBooleansKeepTheirText() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":1.50,"name":false,"zones":[7]}"#)
        #expect(cluster.clusterID == "1.50")
        #expect(cluster.name == "false")
        #expect(cluster.zones == ["7"])
        #expect(
            drift == [
                self.record("$.cluster_id", .coercedType, "string", "number"),
                self.record("$.name", .coercedType, "string", "boolean"),
                self.record("$.zones[*]", .coercedType, "string", "integer"),
            ])
    }

    @Test func aWholeNumberWithAFractionIsAnInteger() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"size":5.0,"count":2e1}"#)
        #expect(cluster.size == 5)
        #expect(cluster.count == 20)
        #expect(drift == [])
    }

    @Test func aFractionOrAnOverflowIsUnreadable() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"size":5.5,"count":"9999999999"}"#)
        #expect(cluster.size == nil)
        #expect(cluster.count == nil)
        #expect(
            drift == [
                self.record("$.size", .unreadableValue, "integer", "number"),
                self.record("$.count", .unreadableValue, "integer", "string"),
            ])
    }

    @Test func nullReadsAsAbsent() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":null,"name":null,"zone_id":null,"zones":null}"#)
        #expect(cluster.clusterID == nil && cluster.name == nil && cluster.zoneID == nil)
        #expect(cluster.zones == [])
        #expect(
            drift == [
                self.record("$.cluster_id", .missingRequiredField, "string", "null"),
                self.record("$.name", .unexpectedNull, "string", "null"),
                self.record("$.zones", .missingRequiredField, "array", "null"),
            ])
    }

    @Test func missingRequiredMembersLeaveEmptyFields() throws {
        let (cluster, drift) = try self.decode(#"{"name":"n"}"#)
        #expect(cluster.clusterID == nil)
        #expect(cluster.zones == [])
        #expect(cluster.name == "n")
        #expect(
            drift == [
                self.record("$.cluster_id", .missingRequiredField, "string", nil),
                self.record("$.zones", .missingRequiredField, "array", nil),
            ])
    }

    @Test func anUnreadableValueLeavesOnlyItsFieldEmpty() throws {
        let (cluster, drift) = try self.decode(
            #"{"cluster_id":"c","size":{"value":5},"kind":["Ask"],"tags":"env=prod","zones":{},"name":"kept"}"#)
        #expect(cluster.size == nil && cluster.kind == nil && cluster.tags == nil && cluster.zones == [])
        #expect(cluster.name == "kept")
        #expect(
            drift == [
                self.record("$.size", .unreadableValue, "integer", "object"),
                self.record("$.kind", .unreadableValue, "string", "array"),
                self.record("$.tags", .unreadableValue, "array", "string"),
                self.record("$.zones", .unreadableValue, "array", "object"),
            ])
    }

    @Test func unreadableListElementsAreDroppedAndCounted() throws {
        let (cluster, drift) = try self.decode(
            #"{"cluster_id":"c","zones":["a",{},"b",[],null],"tags":[{"key":"k"},5,"x",{"key":"j"}]}"#)
        #expect(cluster.zones == ["a", "b"])
        #expect(cluster.tags == [FixtureTag(key: "k"), FixtureTag(key: "j")])
        #expect(
            drift == [
                self.record("$.tags[*]", .unreadableValue, "object", "integer"),
                self.record("$.tags[*]", .unreadableValue, "object", "string"),
                self.record("$.zones[*]", .unreadableValue, "string", "object"),
                self.record("$.zones[*]", .unreadableValue, "string", "array"),
                self.record("$.zones[*]", .unexpectedNull, "string", "null"),
            ])
    }

    @Test func undocumentedMembersAreKeptAndReencoded() throws {
        let json =
            #"{"cluster_id":"c","zones":[],"new_flag":true,"tags":[{"key":"k","color":"red"},{"color":"blue"}],"odd name":[1]}"#
        let (cluster, drift) = try self.decode(json)
        #expect(cluster.undocumentedFields == ["new_flag": true, "odd name": [1]])
        #expect(cluster.tags?.map(\.undocumentedFields) == [["color": "red"], ["color": "blue"]])
        #expect(
            drift == [
                self.record("$.tags[*].color", .unknownField, nil, "string", count: 2),
                self.record("$.new_flag", .unknownField, nil, "boolean"),
                self.record(#"$["odd name"]"#, .unknownField, nil, "array"),
            ])
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: try WireJSONEncoder().encode(cluster))
        #expect(reencoded == (try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))))
    }

    @Test func otherCodersKeepUndocumentedMembersUnderTheirPropertyName() throws {
        let (cluster, _) = try self.decode(
            #"{"cluster_id":"c","zones":[],"new_flag":true,"tags":[{"color":"red"},{"key":"k"}]}"#)
        let encoded = try JSONEncoder().encode(cluster)
        let object = try JSONDecoder().decode(JSONValue.self, from: encoded)
        guard case .object(let members) = object else {
            Issue.record("not an object: \(object)")
            return
        }
        #expect(members["undocumentedFields"] == ["new_flag": true])
        // A structure without undocumented members gets no such member.
        #expect(members["tags"] == [["undocumentedFields": ["color": "red"]], ["key": "k"]])
        #expect(try JSONDecoder().decode(FixtureCluster.self, from: encoded) == cluster)
    }

    @Test func unknownEnumValuesAreKept() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"kind":"Serverless"}"#)
        #expect(cluster.kind?.rawValue == "Serverless")
        #expect(cluster.kind?.isDocumented == false)
        #expect(drift == [self.record("$.kind", .unknownEnumValue, "string", "string", value: "Serverless")])
    }

    @Test func typesTheSpecListsAreNotDrift() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"count":"12","zone_id":null}"#)
        #expect(cluster.count == 12)
        #expect(drift == [])
    }

    @Test func freeFormValuesNeverDrift() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":[],"meta_data":null}"#)
        #expect(cluster.metaData == nil)
        #expect(drift == [])
    }

    @Test func aBodyOfTheWrongTypeGivesAnEmptyValue() throws {
        let (cluster, drift) = try self.decode(#"["not", "an", "object"]"#)
        #expect(cluster == FixtureCluster())
        #expect(drift == [self.record("$", .unreadableValue, "object", "array")])
    }

    @Test(arguments: [
        (#"{"cluster_id":"c","zones":[],"size":"5"}"#, ResponseDrift.Kind.coercedType),
        (#"{"cluster_id":"c","zones":[],"extra":1}"#, .unknownField),
        (#"{"zones":[]}"#, .missingRequiredField),
        (#"{"cluster_id":"c","zones":[],"kind":"New"}"#, .unknownEnumValue),
        (#"{"cluster_id":"c","zones":[],"size":{}}"#, .unreadableValue),
        (#"{"cluster_id":"c","zones":[],"name":null}"#, .unexpectedNull),
    ])
    func strictModeFailsAtTheFirstDifference(_ json: String, _ kind: ResponseDrift.Kind) throws {
        let error = try #require(throws: DecodingError.self) { try self.decode(json, mode: .strict) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect((context.underlyingError as? StrictDecodingViolation)?.drift.kind == kind)
        #expect(try self.decode(json, mode: .tolerant).1.map(\.kind) == [kind])
    }

    @Test func strictModeAcceptsAnAnswerAsDocumented() throws {
        let (cluster, drift) = try self.decode(#"{"cluster_id":"c","zones":["z"],"zone_id":null}"#, mode: .strict)
        #expect(cluster.zones == ["z"])
        #expect(drift == [])
    }

    @Test(arguments: [
        ("", 0), ("{", 1), (#"{"a" 1}"#, 5), ("[1,]", 3), ("01", 0), ("[1] x", 4), (#""open"#, 0), ("tru", 0),
    ])
    func textThatIsNotJSONIsRefusedWithItsOffset(_ text: String, _ offset: Int) throws {
        let error = try #require(throws: DecodingError.self) { try self.decode(text) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect((context.underlyingError as? JSONSyntaxError)?.offset == offset)
    }

    @Test func escapesInStringsAndNamesAreDecoded() throws {
        let (cluster, drift) = try self.decode(
            #"{"cluster\u005fid":"a\"b\\c\/d\n\u00e9\ud83d\ude00","zones":["\u4e2d"]}"#)
        #expect(cluster.clusterID == "a\"b\\c/d\né😀")
        #expect(cluster.zones == ["中"])
        #expect(drift == [])
    }

    @Test func largeAndSmallNumbers() throws {
        let (cluster, _) = try self.decode(
            #"{"zones":[],"size":-9223372036854775808,"cpu_ratio":1.7976931348623157e308}"#)
        #expect(cluster.size == Int64.min)
        #expect(cluster.cpuRatio == Double.greatestFiniteMagnitude)
        let (precise, _) = try self.decode(#"{"zones":[],"cpu_ratio":0.1234567890123456789}"#)
        #expect(precise.cpuRatio == 0.1234567890123456789)
    }

    @Test func aPlainJSONDecoderStillDecodesGeneratedTypes() throws {
        let json = Data(#"{"cluster_id":"c","zones":["a"],"extra":1}"#.utf8)
        let cluster = try JSONDecoder().decode(FixtureCluster.self, from: json)
        #expect(cluster.clusterID == "c")
        #expect(cluster.undocumentedFields == [:])
    }
}
