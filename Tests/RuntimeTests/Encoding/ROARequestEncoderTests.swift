import Foundation
import Testing

@_spi(Generated) @testable import CloudRuntime

private struct ClusterType: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let managed = ClusterType(rawValue: "ManagedKubernetes")
    static let allCases: [ClusterType] = [.managed]
}

private struct Tag: Codable, Hashable, Sendable {
    var key: String
    var value: String?
}

private struct ScaleCluster: ROARequestEncodable {
    static let operation = OperationDescriptor(
        name: "ScaleCluster", method: .post, path: "/api/v2/clusters/{ClusterId}/nodepools/{NodepoolId}")
    var clusterID: String
    var nodepoolID: String
    var count: Int?
    var name: String?
    var tags: [Tag]?
    var type: ClusterType?

    func encode(to request: inout ROARequestEncoder) throws {
        try request.setPathParameter("ClusterId", self.clusterID)
        try request.setPathParameter("NodepoolId", self.nodepoolID)
        try request.addQueryParameter("name", self.name)
        try request.setBodyField("zeta_count", self.count)
        try request.setBodyField("tags", self.tags)
        try request.setBodyField("cluster_type", self.type)
    }
}

@Suite struct ROARequestEncoderTests {
    private func encode(
        _ request: some ROARequestEncodable
    ) throws -> (path: String, query: [QueryItem], body: [UInt8]?) {
        var encoder = ROARequestEncoder(operation: type(of: request).operation)
        try request.encode(to: &encoder)
        return try encoder.makeRequestParts()
    }

    @Test func fillsPathQueryAndBodyInFieldOrder() throws {
        let request = ScaleCluster(
            clusterID: "c 1/2", nodepoolID: "np-中", count: 3, name: "a&b",
            tags: [Tag(key: "env", value: "prod"), Tag(key: "team", value: nil)], type: .managed)
        let parts = try self.encode(request)
        #expect(parts.path == "/api/v2/clusters/c%201%2F2/nodepools/np-%E4%B8%AD")
        #expect(parts.query == [QueryItem(name: "name", value: "a&b")])
        let body = parts.body.map { String(decoding: $0, as: UTF8.self) }
        #expect(
            body
                == #"{"zeta_count":3,"tags":[{"key":"env","value":"prod"},{"key":"team"}],"cluster_type":"ManagedKubernetes"}"#
        )
    }

    @Test func aListOfStructuresTravelsAsOneJSONQueryParameter() throws {
        var encoder = ROARequestEncoder(operation: ScaleCluster.operation)
        try encoder.addQueryParameter("tags", json: [Tag(key: "env", value: "prod"), Tag(key: "a/b", value: nil)])
        try encoder.addQueryParameter("none", json: [Tag]())
        try encoder.addQueryParameter("absent", json: nil as [Tag]?)
        #expect(encoder.query == [QueryItem(name: "tags", value: #"[{"key":"env","value":"prod"},{"key":"a/b"}]"#)])
    }

    @Test func omitsNilsAndHasNoBodyWithoutFields() throws {
        let parts = try self.encode(ScaleCluster(clusterID: "c", nodepoolID: "n"))
        #expect(parts.path == "/api/v2/clusters/c/nodepools/n")
        #expect(parts.query.isEmpty)
        #expect(parts.body == nil)
    }

    @Test func rejectsAnEmptyPathParameterByName() {
        var encoder = ROARequestEncoder(operation: ScaleCluster.operation)
        #expect {
            try encoder.setPathParameter("ClusterId", "")
        } throws: { error in
            let error = error as? RequestEncodingError
            return error?.parameter == "ClusterId" && error?.message.contains("ClusterId") == true
        }
    }

    @Test func rejectsAMissingPathParameterByName() throws {
        var encoder = ROARequestEncoder(operation: ScaleCluster.operation)
        #expect(throws: RequestEncodingError.self) { try encoder.setPathParameter("ClusterId", String?.none) }
        try encoder.setPathParameter("ClusterId", "c")
        #expect {
            try encoder.makeRequestParts()
        } throws: { error in
            (error as? RequestEncodingError)?.message.contains("NodepoolId") == true
        }
    }

    @Test func rejectsAPlaceholderTheTemplateLacks() {
        var encoder = ROARequestEncoder(operation: ScaleCluster.operation)
        #expect(throws: RequestEncodingError.self) { try encoder.setPathParameter("Other", "x") }
    }

    @Test func writesQueryScalarsAndLists() throws {
        var encoder = ROARequestEncoder(operation: OperationDescriptor(name: "List", method: .get, path: "/clusters"))
        try encoder.addQueryParameter("page_size", 10)
        try encoder.addQueryParameter("all", true)
        try encoder.addQueryParameter("type", ClusterType.managed)
        try encoder.addQueryParameter("ratio", Double?.none)
        try encoder.addQueryParameter("ids", ["a", "b"])
        try encoder.addQueryParameter("json_ids", ["a", "b"], style: .json)
        try encoder.addQueryParameter("json_numbers", [Int64(12345), 6], style: .json)
        try encoder.addQueryParameter("id", [Int64(1), 2], style: .repeated)
        try encoder.addQueryParameter("none", [String]())
        try encoder.setHeader("x-acs-extra", "v")
        let parts = try encoder.makeRequestParts()
        #expect(
            parts.query.map { "\($0.name)=\($0.value)" } == [
                "page_size=10", "all=true", "type=ManagedKubernetes", "ids=a,b", #"json_ids=["a","b"]"#,
                "json_numbers=[12345,6]", "id=1", "id=2",
            ])
        #expect(encoder.headers[named: "X-Acs-Extra"] == "v")
        #expect(parts.path == "/clusters")
    }

    @Test func refusesHeaderParametersHTTPTypesWouldRepair() throws {
        var encoder = ROARequestEncoder(operation: OperationDescriptor(name: "Get", method: .get, path: "/x"))
        #expect(throws: RequestEncodingError.self) { try encoder.setHeader("x-acs-extra", "a\r\nInjected: 1") }
        #expect(throws: RequestEncodingError.self) { try encoder.setHeader("bad name", "v") }
        #expect(encoder.headers.isEmpty)
    }

    @Test func setsAWholeNonObjectBody() throws {
        var encoder = ROARequestEncoder(operation: OperationDescriptor(name: "Attach", method: .post, path: "/x"))
        try encoder.setBody(["i-1", "i-2"])
        #expect(try encoder.makeRequestParts().body.map { String(decoding: $0, as: UTF8.self) } == #"["i-1","i-2"]"#)
        #expect(throws: RequestEncodingError.self) { try encoder.setBodyField("a", 1) }
    }

    @Test func replacesARepeatedBodyFieldInPlace() throws {
        var encoder = ROARequestEncoder(operation: OperationDescriptor(name: "Update", method: .put, path: "/x"))
        try encoder.setBodyField("b", 1)
        try encoder.setBodyField("a", "x\"y")
        try encoder.setBodyField("b", JSONValue.object(["k": .null]))
        #expect(
            try encoder.makeRequestParts().body.map { String(decoding: $0, as: UTF8.self) }
                == #"{"b":{"k":null},"a":"x\"y"}"#)
        #expect(throws: RequestEncodingError.self) { try encoder.setBody("text") }
    }
}
