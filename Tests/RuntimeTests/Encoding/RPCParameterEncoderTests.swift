import Foundation
import Testing

@_spi(Generated) @testable import CloudRuntime

private struct Role: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let master = Role(rawValue: "Master_Etcd")
    static let allCases: [Role] = [.master]
}

private struct NodePara: Codable, Sendable {
    var containerRuntime: String
    var labels: [String: String]?
    var zeta: Int?
}

private struct InstanceSet: RPCParameterEncodable {
    var nodeRole: Role?
    var instanceIDs: [String]?
    var nodePara: NodePara?

    func encode(to encoder: inout RPCParameterEncoder) throws {
        try encoder.encode(self.nodeRole, forKey: "NodeRole")
        try encoder.encodeList(self.instanceIDs, forKey: "InstanceId", indexBase: 1)
        try encoder.encodeJSONString(self.nodePara, forKey: "NodePara")
    }
}

private struct Filter: RPCParameterEncodable {
    var name: String
    var values: [String]

    func encode(to encoder: inout RPCParameterEncoder) throws {
        try encoder.encode(self.name, forKey: "Name")
        try encoder.encodeList(self.values, forKey: "Value")
    }
}

private struct Network: RPCParameterEncodable {
    var vpcID: String?
    var podCIDR: String?

    func encode(to encoder: inout RPCParameterEncoder) throws {
        try encoder.encode(self.vpcID, forKey: "VpcId")
        try encoder.encode(self.podCIDR, forKey: "PodCidr")
    }
}

private struct CreateCluster: RPCRequestEncodable {
    static let operation = OperationDescriptor(name: "CreateCluster", action: "CreateCluster")
    var clusterName: String?
    var instanceSet: [InstanceSet]?
    var network: Network?

    func encode(to encoder: inout RPCParameterEncoder) throws {
        try encoder.encode(self.clusterName, forKey: "ClusterName")
        try encoder.encodeList(self.instanceSet, forKey: "InstanceSet", indexBase: 1)
        try encoder.encodeStructure(self.network, forKey: "Network")
    }
}

@Suite struct RPCParameterEncoderTests {
    private func pairs(_ encoder: RPCParameterEncoder) -> [String] {
        encoder.items.map { "\($0.name)=\($0.value)" }
    }

    @Test func flattensNestedStructuresWithOneBasedIndexes() throws {
        let request = CreateCluster(
            clusterName: "demo",
            instanceSet: [
                InstanceSet(nodeRole: .master, instanceIDs: ["i-1", "i-2"], nodePara: nil),
                InstanceSet(nodeRole: "Worker", instanceIDs: nil,
                            nodePara: NodePara(containerRuntime: "containerd", labels: ["b": "2", "a": "1/x"], zeta: nil)),
            ],
            network: Network(vpcID: "vpc-1", podCIDR: nil))
        var encoder = RPCParameterEncoder()
        try request.encode(to: &encoder)
        #expect(
            self.pairs(encoder) == [
                "ClusterName=demo",
                "InstanceSet.1.NodeRole=Master_Etcd",
                "InstanceSet.1.InstanceId.1=i-1",
                "InstanceSet.1.InstanceId.2=i-2",
                "InstanceSet.2.NodeRole=Worker",
                #"InstanceSet.2.NodePara={"containerRuntime":"containerd","labels":{"a":"1/x","b":"2"}}"#,
                "Network.VpcId=vpc-1",
            ])
        #expect(CreateCluster.operation.method == nil)
        #expect(CreateCluster.operation.path == "/")
        #expect(CreateCluster.operation.action == "CreateCluster")
    }

    @Test func nestsListsInsideLists() throws {
        var encoder = RPCParameterEncoder()
        let filters = [Filter(name: "vpc-id", values: ["vpc-1", "vpc-2"]), Filter(name: "state", values: ["running"])]
        try encoder.encodeList(filters, forKey: "Filter")
        #expect(
            self.pairs(encoder) == [
                "Filter.1.Name=vpc-id", "Filter.1.Value.1=vpc-1", "Filter.1.Value.2=vpc-2",
                "Filter.2.Name=state", "Filter.2.Value.1=running",
            ])
    }

    @Test func listsCanStartAtZero() throws {
        var encoder = RPCParameterEncoder()
        try encoder.encodeList(["a", "b"], forKey: "ClusterId", indexBase: 0)
        try encoder.encodeList([Network(vpcID: "v", podCIDR: "10.0.0.0/16")], forKey: "Net", indexBase: 0)
        #expect(self.pairs(encoder) == ["ClusterId.0=a", "ClusterId.1=b", "Net.0.VpcId=v", "Net.0.PodCidr=10.0.0.0/16"])
    }

    @Test func writesScalarsAsText() throws {
        var encoder = RPCParameterEncoder()
        try encoder.encode(true, forKey: "DryRun")
        try encoder.encode(false, forKey: "Flag")
        try encoder.encode(42, forKey: "Int")
        try encoder.encode(Int32(-7), forKey: "Int32")
        try encoder.encode(Int64(9_007_199_254_740_993), forKey: "Int64")
        try encoder.encode(2.5, forKey: "Ratio")
        try encoder.encode(3.0, forKey: "Whole")
        try encoder.encode(Role.master, forKey: "Role")
        try encoder.encode(String?.none, forKey: "Missing")
        try encoder.encodeList([Int](), forKey: "EmptyList")
        try encoder.encodeList([String]?.none, forKey: "NilList")
        try encoder.encodeStructure(Network?.none, forKey: "NilStruct")
        try encoder.encodeJSONString(NodePara?.none, forKey: "NilJSON")
        try encoder.encodeList([true, false], forKey: "Bools")
        #expect(
            self.pairs(encoder) == [
                "DryRun=true", "Flag=false", "Int=42", "Int32=-7", "Int64=9007199254740993", "Ratio=2.5", "Whole=3",
                "Role=Master_Etcd", "Bools.1=true", "Bools.2=false",
            ])
    }

    @Test func encodesJSONStringsDeterministically() throws {
        var first = RPCParameterEncoder()
        var second = RPCParameterEncoder()
        let value: [String: JSONValue] = ["z": 1, "a": ["x": "y/z", "b": [true, .null]]]
        try first.encodeJSONString(value, forKey: "PublicApiServer")
        try second.encodeJSONString(value, forKey: "PublicApiServer")
        #expect(first.items == second.items)
        #expect(first.items.first?.value == #"{"a":{"b":[true,null],"x":"y/z"},"z":1}"#)
    }

    @Test func rejectsAnEmptyKeyNamingThePrefix() {
        var encoder = RPCParameterEncoder(prefix: "InstanceSet.1.")
        #expect(throws: RequestEncodingError.self) { try encoder.encode("x", forKey: "") }
        do {
            try encoder.encode("x", forKey: "")
        } catch let error as RequestEncodingError {
            #expect(error.message.contains("InstanceSet.1."))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func reportsAnUnencodableJSONValueByName() {
        var encoder = RPCParameterEncoder(prefix: "InstanceSet.2.")
        do {
            try encoder.encodeJSONString(["ratio": Double.nan], forKey: "NodePara")
            Issue.record("NaN encoded")
        } catch let error as RequestEncodingError {
            #expect(error.parameter == "InstanceSet.2.NodePara")
            #expect(error.message.contains("InstanceSet.2.NodePara"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
