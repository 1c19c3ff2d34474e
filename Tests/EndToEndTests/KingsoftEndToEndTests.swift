import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import KingsoftKCE
import KingsoftKCR
import Testing

/// KCE and KCR (RPC) operations through the generated clients, real libcurl transport and a verifying mock server.
@Suite("Kingsoft end to end")
struct KingsoftEndToEndTests {
    static let methods: [HTTPRequest.Method] = [.post, .get]

    /// The RPC parameters as received: the form body for POST (query empty), the query for GET (body empty).
    private func parameters(_ received: RecordedRequest, _ method: HTTPRequest.Method) -> [QueryItem] {
        #expect(received.method == method.rawValue)
        #expect(received.path == "/")
        if method == .post {
            #expect(received.queryItems.isEmpty)
            #expect(received.header("Content-Type")?.hasPrefix("application/x-www-form-urlencoded") == true)
            return received.formParameters
        }
        #expect(received.body.isEmpty)
        return received.queryItems
    }

    private func expectScope(_ received: RecordedRequest) {
        #expect(received.signatureCheck?.credentialScope?.hasSuffix("/cn-beijing-6/kce/aws4_request") == true)
    }

    @Test("KCE CreateCluster: InstanceSet.N with NodePara JSON strings, PublicApiServer", arguments: [HTTPRequest.Method.post])
    func createCluster(method: HTTPRequest.Method) async throws {
        let example = try EndToEnd.example("KCE", "CreateCluster")
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(
                configuration: EndToEnd.configuration(server, rpcMethod: method), credentials: EndToEnd.credentials)
            let master = KCE.NodePara(
                maxCount: 3, minCount: 3, imageID: "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
                subnetID: "7e23b980-11c2-4bb0-9388-xxxxxxx", securityGroupID: "d46c7672-7ca9-4f51-bbd9-xxxxxxx",
                dataDiskGb: 50, chargeType: "Daily", instanceType: "I3.4B", purchaseTime: 0,
                instanceName: "e2e-master", instanceNameSuffix: 1)
            let worker = KCE.NodePara(
                maxCount: 2, minCount: 2, imageID: "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7", chargeType: "Daily",
                instanceType: "DVM1.NONE", instanceName: "e2e-worker",
                dedicatedHostID: "33b44f3e-a037-423e-a850-xxxxxx",
                instanceConfigureVCPU: 4, instanceConfigureMemoryGb: 8)
            let response = try await client.createCluster(
                KCE.CreateClusterRequest(
                    clusterName: "e2e 集群", clusterDesc: "end-to-end test", clusterManageMode: .dedicatedCluster,
                    vpcID: "31e21dca-c92e-4b06-a8ce-xxxxx", podCIDR: "10.66.0.0/16", serviceCIDR: "10.254.0.0/16",
                    maxPodPerNode: 128, networkType: .flannel, k8sVersion: .v1_12_3,
                    reserveSubnetID: "372bdbac-ea1d-4f99-9c30-xxxxxxx", masterEtcdSeparate: false,
                    instanceSet: [
                        KCE.InstanceSet(nodeRole: .masterEtcd, nodePara: [master]),
                        KCE.InstanceSet(nodeRole: .worker, nodePara: [worker]),
                    ],
                    publicAPIServer: KCE.PublicAPIServer(lineID: "line-5", bandWidth: 5, chargeType: "PostPaidByDay")))

            let received = try EndToEnd.onlyRequest(server)
            let items = parameters(received, method)
            let jsonNames: Set = ["InstanceSet.0.NodePara.0", "InstanceSet.1.NodePara.0", "PublicApiServer"]
            #expect(
                EndToEnd.lines(items.filter { !jsonNames.contains($0.name) }) == [
                    "Action=CreateCluster", "ClusterDesc=end-to-end test", "ClusterManageMode=DedicatedCluster",
                    "ClusterName=e2e 集群", "InstanceSet.0.NodeRole=Master_Etcd", "InstanceSet.1.NodeRole=Worker",
                    "K8sVersion=v1.12.3", "MasterEtcdSeparate=false", "MaxPodPerNode=128", "NetworkType=Flannel",
                    "PodCidr=10.66.0.0/16", "ReserveSubnetId=372bdbac-ea1d-4f99-9c30-xxxxxxx",
                    "ServiceCidr=10.254.0.0/16", "Version=2019-08-06", "VpcId=31e21dca-c92e-4b06-a8ce-xxxxx",
                ])
            #expect(Set(items.map(\.name)).isSuperset(of: jsonNames))
            let value = { (name: String) throws -> JSONValue in
                try JSONValue.parse(try #require(items.first { $0.name == name }?.value))
            }
            #expect(
                try value("InstanceSet.0.NodePara.0") == [
                    "MaxCount": 3, "MinCount": 3, "ImageId": "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
                    "SubnetId": "7e23b980-11c2-4bb0-9388-xxxxxxx", "SecurityGroupId": "d46c7672-7ca9-4f51-bbd9-xxxxxxx",
                    "DataDiskGb": 50, "ChargeType": "Daily", "InstanceType": "I3.4B", "PurchaseTime": 0,
                    "InstanceName": "e2e-master", "InstanceNameSuffix": 1,
                ])
            #expect(
                try value("InstanceSet.1.NodePara.0") == [
                    "MaxCount": 2, "MinCount": 2, "ImageId": "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
                    "ChargeType": "Daily", "InstanceType": "DVM1.NONE", "InstanceName": "e2e-worker",
                    "DedicatedHostId": "33b44f3e-a037-423e-a850-xxxxxx", "InstanceConfigure.VCPU": 4,
                    "InstanceConfigure.MemoryGb": 8,
                ])
            #expect(
                try value("PublicApiServer") == ["LineId": "line-5", "BandWidth": 5, "ChargeType": "PostPaidByDay"])
            EndToEnd.expectVerified(received, .aws4HMACSHA256)
            expectScope(received)

            #expect(response.clusterID == example["ClusterId"]?.stringValue)
            #expect(response.requestID == example["RequestId"]?.stringValue)
            #expect(response.requestID != nil)
        }
    }

    @Test("KCE DescribeCluster: scalar parameters, ClusterSet decoded", arguments: methods)
    func describeCluster(method: HTTPRequest.Method) async throws {
        let example = try EndToEnd.example("KCE", "DescribeCluster")
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(
                configuration: EndToEnd.configuration(server, rpcMethod: method), credentials: EndToEnd.credentials)
            let response = try await client.describeCluster(
                KCE.DescribeClusterRequest(
                    clusterID: "b12d7079-1e59-4626-90eb-xxxxxx", marker: 0, maxResults: 10, search: "openapi"))

            let received = try EndToEnd.onlyRequest(server)
            #expect(
                EndToEnd.lines(parameters(received, method)) == [
                    "Action=DescribeCluster", "ClusterId=b12d7079-1e59-4626-90eb-xxxxxx", "Marker=0",
                    "MaxResults=10", "Search=openapi", "Version=2019-08-06",
                ])
            EndToEnd.expectVerified(received, .aws4HMACSHA256)
            expectScope(received)

            #expect(response.clusterSet?.count == example["ClusterSet"]?.count)
            #expect(response.clusterSet?.first?.clusterName == example["ClusterSet"]?[0]?["ClusterName"]?.stringValue)
            #expect(response.clusterSet?.last?.networkType == "Canal")
            #expect(response.totalCount.map(Double.init) == example["TotalCount"]?.numberValue)
            #expect(response.requestID == example["RequestId"]?.stringValue)
        }
    }

    @Test("KCE DescribeClusterInstance: Filter.N.Name and Filter.N.Value.M", arguments: methods)
    func describeClusterInstance(method: HTTPRequest.Method) async throws {
        let example = try EndToEnd.example("KCE", "DescribeClusterInstance")
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(
                configuration: EndToEnd.configuration(server, rpcMethod: method), credentials: EndToEnd.credentials)
            let response = try await client.describeClusterInstance(
                KCE.DescribeClusterInstanceRequest(
                    clusterID: "79dac1a8-3387-4769-82a5-xxxxxx", maxResults: 10,
                    filter: [
                        KCE.ClusterInstanceFilter(name: .instanceRole, value: ["Worker", "Master_Etcd"]),
                        KCE.ClusterInstanceFilter(name: .instanceID, value: ["6f2faec7-057f-455f-a45c-xxxxxx"]),
                    ]))

            let received = try EndToEnd.onlyRequest(server)
            #expect(
                EndToEnd.lines(parameters(received, method)) == [
                    "Action=DescribeClusterInstance", "ClusterId=79dac1a8-3387-4769-82a5-xxxxxx",
                    "Filter.1.Name=instance-role", "Filter.1.Value.1=Worker", "Filter.1.Value.2=Master_Etcd",
                    "Filter.2.Name=instance-id", "Filter.2.Value.1=6f2faec7-057f-455f-a45c-xxxxxx", "MaxResults=10",
                    "Version=2019-08-06",
                ])
            EndToEnd.expectVerified(received, .aws4HMACSHA256)

            #expect(response.instanceSet?.count == example["InstanceSet"]?.count)
            #expect(response.instanceSet?.first?.instanceID == example["InstanceSet"]?[0]?["InstanceId"]?.stringValue)
            #expect(response.instanceSet?.first?.kecInstancePara?.instanceConfigure?.dataDiskType == "SSD")
            #expect(response.totalCount == 6)
            #expect(response.requestID == example["RequestId"]?.stringValue)
        }
    }

    @Test("KCR DescribeRepository: RepoName.N from 1, version 2018-03-14 on the shared host")
    func describeRepository() async throws {
        let example = try EndToEnd.example("KCR", "DescribeRepository")
        try await EndToEnd.withSpecServer { server in
            let client = KCRClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let response = try await client.describeRepository(
                KCR.DescribeRepositoryRequest(
                    repoName: ["my-namespace/my-repo", "team/app"], maxResults: 20, marker: 0,
                    filter: [KCR.RepositoryFilter(name: .namespace, value: ["my-namespace"])]))

            let received = try EndToEnd.onlyRequest(server)
            #expect(
                EndToEnd.lines(parameters(received, .post)) == [
                    "Action=DescribeRepository", "Filter.1.Name=namespace", "Filter.1.Value.1=my-namespace",
                    "Marker=0", "MaxResults=20", "RepoName.1=my-namespace/my-repo", "RepoName.2=team/app",
                    "Version=2018-03-14",
                ])
            EndToEnd.expectVerified(received, .aws4HMACSHA256)
            expectScope(received)

            #expect(response.repoSet?.count == example["RepoSet"]?.count)
            #expect(response.repoSet?.first?.repoName == example["RepoSet"]?[0]?["RepoName"]?.stringValue)
            #expect(response.repoSet?.first?.public == false)
            #expect(response.totalCount == 1)
            #expect(response.requestID == example["RequestId"]?.stringValue)
        }
    }
}
