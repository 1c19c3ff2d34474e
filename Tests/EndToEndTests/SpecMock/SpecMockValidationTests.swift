import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import SpecMockCore
import Testing

/// Request validation against the lowered spec model, with the vendors' error shapes.
@Suite("specmock validation")
struct SpecMockValidationTests {
    private static let kce = "Action=DescribeClusterInstance&Version=2019-08-06&ClusterId=c1"

    @Test("Kingsoft: a wrong scalar type is InvalidParameterValue naming the parameter")
    func wrongType() async throws {
        let mock = try await SpecMockFixture.stateless()
        let answer = SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06&MaxResults=ten")
        #expect(answer.status == 400)
        #expect(answer.body["Error"]?["Code"]?.stringValue == "InvalidParameterValue")
        #expect(answer.body["Error"]?["Type"]?.stringValue == "Sender")
        #expect(answer.body["Error"]?["Message"]?.stringValue?.contains("\"MaxResults\"") == true)
        #expect(answer.body["RequestId"]?.stringValue == "mock-request-5")
    }

    @Test("Kingsoft: a number outside the documented range is refused")
    func outOfRange() async throws {
        let answer = SpecMockFixture.rpc(
            try await SpecMockFixture.stateless(), "Action=DescribeCluster&Version=2019-08-06&MaxResults=21")
        #expect(answer.status == 400)
        #expect(answer.body["Error"]?["Message"]?.stringValue?.contains("maximum 20") == true)
    }

    @Test("Kingsoft: a value the enum does not list is refused; a listed one passes")
    func badEnum() async throws {
        let mock = try await SpecMockFixture.stateless()
        let base =
            "Action=CreateCluster&Version=2019-08-06&ClusterName=a&VpcId=v&PodCidr=10.0.0.0/16"
            + "&ServiceCidr=10.1.0.0/16&ClusterManageMode=DedicatedCluster&K8sVersion=v1.12.3&ReserveSubnetId=s"
            + "&InstanceSet.0.NodeRole=Worker&InstanceSet.0.NodePara.0=%7B%7D&NetworkType="
        let bad = SpecMockFixture.rpc(mock, base + "Calico")
        #expect(bad.status == 400, "\(bad.body)")
        #expect(bad.body["Error"]?["Message"]?.stringValue?.contains("\"NetworkType\"") == true)
        #expect(bad.body["Error"]?["Message"]?.stringValue?.contains("Flannel") == true)
        let good = SpecMockFixture.rpc(mock, base + "Flannel")
        #expect(good.status == 200, "\(good.body)")
    }

    @Test(
        "Kingsoft: flattened lists need their index base and no gaps",
        arguments: [
            ("&Filter.0.Name=instance-role&Filter.0.Value.1=Worker", "Filter"),
            ("&Filter.1.Name=instance-role&Filter.3.Name=x", "Filter"),
            ("&Filter.1.Name=instance-role&Filter.1.Value.2=Worker", "Filter.1.Value"),
            ("&Filter.x.Name=a", "Filter.x.Name"),
            ("&Filter=instance-role", "Filter"),
        ])
    func badFlattenedList(suffix: String, parameter: String) async throws {
        let answer = SpecMockFixture.rpc(try await SpecMockFixture.stateless(), Self.kce + suffix)
        #expect(answer.status == 400, "\(answer.body)")
        #expect(answer.body["Error"]?["Code"]?.stringValue == "InvalidParameterValue")
        #expect(answer.body["Error"]?["Message"]?.stringValue?.contains("\"\(parameter)\"") == true, "\(answer.body)")
    }

    @Test("Kingsoft: a flattened list longer than maxItems is refused")
    func tooManyItems() async throws {
        let values = (1...101).map { "&Filter.1.Value.\($0)=v\($0)" }.joined()
        let answer = SpecMockFixture.rpc(
            try await SpecMockFixture.stateless(), Self.kce + "&Filter.1.Name=instance-role" + values)
        #expect(answer.status == 400)
        #expect(answer.body["Error"]?["Message"]?.stringValue?.contains("at most 100 items") == true, "\(answer.body)")
    }

    @Test("Alibaba: a JSON-text query list must be a JSON array of the item type")
    func roaJSONQueryList() async throws {
        let mock = try await SpecMockFixture.stateless()
        let bad = SpecMockFixture.roa(mock, "DELETE", "/clusters/c1?retain_resources=%5Bsg-1")
        #expect(bad.status == 400 && bad.body["code"]?.stringValue == "InvalidParameter")
        #expect(bad.body["message"]?.stringValue?.contains("\"retain_resources\"") == true)
        let wrongItem = SpecMockFixture.roa(mock, "DELETE", "/clusters/c1?retain_resources=%5B1%5D")
        #expect(wrongItem.status == 400)
        #expect(wrongItem.body["message"]?.stringValue?.contains("\"retain_resources[0]\"") == true)
        let good = SpecMockFixture.roa(mock, "DELETE", "/clusters/c1?retain_resources=%5B%22sg-1%22%5D&keep_slb=false")
        #expect(good.status == 200)
        #expect(SpecMockFixture.roa(mock, "DELETE", "/clusters/c1?keep_slb=maybe").status == 400)
    }

    @Test("Kingsoft: a well-formed flattened filter passes")
    func goodFlattenedList() async throws {
        let answer = SpecMockFixture.rpc(
            try await SpecMockFixture.stateless(),
            Self.kce + "&Filter.1.Name=instance-role&Filter.1.Value.1=Worker&Filter.1.Value.2=Master_Etcd")
        #expect(answer.status == 200, "\(answer.body)")
    }

    @Test("Kingsoft: a JSON-string parameter must hold JSON")
    func jsonString() async throws {
        let mock = try await SpecMockFixture.stateless()
        let base =
            "Action=CreateCluster&Version=2019-08-06&ClusterName=a&VpcId=v&PodCidr=10.0.0.0/16"
            + "&ServiceCidr=10.1.0.0/16&ClusterManageMode=DedicatedCluster&K8sVersion=v1.12.3&ReserveSubnetId=s"
            + "&NetworkType=Flannel&InstanceSet.0.NodeRole=Worker&InstanceSet.0.NodePara.0="
        let bad = SpecMockFixture.rpc(mock, base + "%7Bnot-json")
        #expect(bad.status == 400)
        #expect(bad.body["Error"]?["Message"]?.stringValue?.contains("\"InstanceSet.0.NodePara.0\"") == true)
        #expect(bad.body["Error"]?["Message"]?.stringValue?.contains("JSON") == true)
    }

    @Test("Kingsoft: a missing required parameter is MissingParameter")
    func missing() async throws {
        let answer = SpecMockFixture.rpc(try await SpecMockFixture.stateless(), "Action=DeleteCluster&Version=2019-08-06")
        #expect(answer.status == 400)
        #expect(answer.body["Error"]?["Code"]?.stringValue == "MissingParameter")
        #expect(answer.body["Error"]?["Message"]?.stringValue?.contains("ClusterId") == true)
    }

    @Test("Alibaba: query types and enums give 400 InvalidParameter naming the parameter")
    func roaQuery() async throws {
        let mock = try await SpecMockFixture.stateless()
        let wrongType = SpecMockFixture.roa(mock, "GET", "/api/v1/clusters?page_size=many")
        #expect(wrongType.status == 400)
        #expect(wrongType.body["code"]?.stringValue == "InvalidParameter")
        #expect(wrongType.body["message"]?.stringValue?.contains("\"page_size\"") == true)
        #expect(wrongType.body["requestId"]?.stringValue == "mock-request-6")
        let badEnum = SpecMockFixture.roa(mock, "GET", "/api/v1/clusters?cluster_type=Swarm")
        #expect(badEnum.status == 400)
        #expect(badEnum.body["message"]?.stringValue?.contains("\"cluster_type\"") == true)
        #expect(SpecMockFixture.roa(mock, "GET", "/api/v1/clusters?cluster_type=Kubernetes&page_size=5").status == 200)
    }

    @Test("Alibaba: JSON bodies are checked member by member")
    func roaBody() async throws {
        let mock = try await SpecMockFixture.stateless()
        let required = #""name":"a","region_id":"cn-hangzhou","cluster_type":"Kubernetes""#
        let wrongType = SpecMockFixture.roa(mock, "POST", "/clusters", body: "{\(required),\"num_of_nodes\":\"two\"}")
        #expect(wrongType.status == 400)
        #expect(wrongType.body["message"]?.stringValue?.contains("\"num_of_nodes\"") == true)
        let badEnum = SpecMockFixture.roa(
            mock, "POST", "/clusters", body: #"{"name":"a","region_id":"r","cluster_type":"Swarm"}"#)
        #expect(badEnum.status == 400)
        #expect(badEnum.body["message"]?.stringValue?.contains("\"cluster_type\"") == true)
        let notJSON = SpecMockFixture.roa(mock, "POST", "/clusters", body: "{")
        #expect(notJSON.status == 400 && notJSON.body["code"]?.stringValue == "InvalidParameter")
        let notObject = SpecMockFixture.roa(mock, "POST", "/clusters", body: "[1]")
        #expect(notObject.status == 400)
        let nested = SpecMockFixture.roa(mock, "POST", "/clusters", body: "{\(required),\"tags\":[{\"key\":1}]}")
        #expect(nested.status == 400)
        #expect(nested.body["message"]?.stringValue?.contains("\"tags[0].key\"") == true)
        #expect(SpecMockFixture.roa(mock, "POST", "/clusters", body: "{\(required),\"num_of_nodes\":2}").status == 200)
    }

    @Test("Through the generated client: an enum value the client may send but the spec does not list is refused")
    func throughTheClient() async throws {
        try await SpecMockFixture.withServer(try await SpecMockFixture.stateless()) { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            var request = KCECreateClusterExample.request
            request.networkType = KCE.CreateClusterRequestNetworkType(rawValue: "Calico")
            do {
                _ = try await client.createCluster(request)
                Issue.record("the mock accepted NetworkType=Calico")
            } catch let error as ServiceError {
                #expect(error.httpStatus == 400)
                #expect(error.code == "InvalidParameterValue")
                #expect(error.message?.contains("NetworkType") == true)
            }
            #expect(try EndToEnd.onlyRequest(server).signatureCheck?.isValid == true)
            _ = try await client.createCluster(KCECreateClusterExample.request)
        }
    }
}

/// A KCE CreateCluster request that fits the spec.
enum KCECreateClusterExample {
    static var request: KCE.CreateClusterRequest {
        let node = KCE.NodePara(
            maxCount: 1, minCount: 1, imageID: "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
            subnetID: "7e23b980-11c2-4bb0-9388-xxxxxxx", securityGroupID: "d46c7672-7ca9-4f51-bbd9-xxxxxxx",
            dataDiskGb: 50, chargeType: "Daily", instanceType: "I3.4B", purchaseTime: 0,
            instanceName: "node", instanceNameSuffix: 1)
        return KCE.CreateClusterRequest(
            clusterName: "cluster-a", clusterManageMode: .dedicatedCluster, vpcID: "31e21dca-c92e-4b06-a8ce-xxxxx",
            podCIDR: "10.66.0.0/16", serviceCIDR: "10.254.0.0/16", networkType: .flannel, k8sVersion: .v1_12_3,
            reserveSubnetID: "372bdbac-ea1d-4f99-9c30-xxxxxxx",
            instanceSet: [KCE.InstanceSet(nodeRole: .worker, nodePara: [node])])
    }
}
