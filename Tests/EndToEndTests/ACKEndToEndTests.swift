import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// ACK (ROA) operations through the generated client, real libcurl transport and a verifying mock server.
@Suite("ACK end to end")
struct ACKEndToEndTests {
    static let algorithms: [SignatureAlgorithm] = [.acsHMACSHA1, .acs3HMACSHA256]

    private func client(_ server: MockServer, _ algorithm: SignatureAlgorithm) -> ACKClient {
        ACKClient(
            configuration: EndToEnd.configuration(server, algorithm: algorithm), credentials: EndToEnd.credentials)
    }

    private func expectCommonHeaders(_ received: RecordedRequest, action: String) {
        #expect(received.header("x-acs-version") == "2015-12-15")
        #expect(received.header("x-acs-action") == action)
    }

    @Test("DescribeClustersV1: query filters on the wire, clusters page decoded", arguments: algorithms)
    func describeClustersV1(algorithm: SignatureAlgorithm) async throws {
        let example = try EndToEnd.example("ACK", "DescribeClustersV1")
        try await EndToEnd.withSpecServer { server in
            let response = try await client(server, algorithm).describeClustersV1(
                ACK.DescribeClustersV1Request(
                    name: "cluster-demo", clusterType: "ManagedKubernetes", pageSize: 20, pageNumber: 3,
                    profile: "Default", clusterSpec: "ack.standard", regionID: "cn-beijing"))

            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "GET")
            #expect(received.path == "/api/v1/clusters")
            #expect(
                EndToEnd.lines(received.queryItems) == [
                    "cluster_spec=ack.standard", "cluster_type=ManagedKubernetes", "name=cluster-demo",
                    "page_number=3", "page_size=20", "profile=Default", "region_id=cn-beijing",
                ])
            #expect(received.body.isEmpty)
            expectCommonHeaders(received, action: "DescribeClustersV1")
            EndToEnd.expectVerified(received, algorithm)

            #expect(response.clusters?.count == example["clusters"]?.count)
            #expect(response.clusters?.first?.clusterID == example["clusters"]?[0]?["cluster_id"]?.stringValue)
            #expect(response.clusters?.first?.tags == [ACK.Tag(key: "env", value: "prod")])
            #expect(response.clusters?.first?.maintenanceWindow?.weeklyPeriod == "Monday,Thursday")
            #expect(response.pageInfo?.totalCount.map(Double.init) == example["page_info"]?["total_count"]?.numberValue)
            #expect(response.requestID == "mock-request-\(received.sequenceNumber)")
        }
    }

    @Test("DescribeClusterDetail: path parameter on the wire, cluster decoded", arguments: algorithms)
    func describeClusterDetail(algorithm: SignatureAlgorithm) async throws {
        let example = try EndToEnd.example("ACK", "DescribeClusterDetail")
        try await EndToEnd.withSpecServer { server in
            let clusterID = "c82e6987e2961451182edacd74faf****"
            let response = try await client(server, algorithm).describeClusterDetail(
                ACK.DescribeClusterDetailRequest(clusterID: clusterID))

            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "GET")
            #expect(received.path == "/clusters/\(clusterID)")
            #expect(received.queryItems.isEmpty)
            expectCommonHeaders(received, action: "DescribeClusterDetail")
            EndToEnd.expectVerified(received, algorithm)

            #expect(response.clusterID == example["cluster_id"]?.stringValue)
            #expect(response.name == example["name"]?.stringValue)
            #expect(response.state == "running")
            #expect(response.size.map(Double.init) == example["size"]?.numberValue)
            #expect(response.clusterSpec == "ack.pro.small")
            #expect(response.requestID == "mock-request-\(received.sequenceNumber)")
            // `format: date-time`: the example's text, and the instant it means, read independently here.
            let created = try #require(example["created"]?.stringValue)
            #expect(response.created?.text == created)
            let parsed = try Date(created, strategy: .iso8601)
            #expect(response.created?.date == parsed)
        }
    }

    @Test("CreateCluster: nested JSON body on the wire, IDs decoded", arguments: algorithms)
    func createCluster(algorithm: SignatureAlgorithm) async throws {
        let example = try EndToEnd.example("ACK", "CreateCluster")
        try await EndToEnd.withSpecServer { server in
            let request = ACK.CreateClusterRequest(
                name: "e2e-managed", regionID: "cn-beijing", clusterType: "ManagedKubernetes",
                clusterSpec: "ack.pro.small", kubernetesVersion: "1.18.8-aliyun.1",
                runtime: ACK.Runtime(name: "containerd", version: "1.6.20"), vpcid: "vpc-2zecuu62b9zw7a7qn****",
                vswitchIDs: ["vsw-2zete8s4qocqg0mf6****"], containerCIDR: "172.20.0.0/16",
                serviceCIDR: "172.21.0.0/20", snatEntry: true, endpointPublicAccess: false,
                tags: [ACK.Tag(key: "env", value: "prod"), ACK.Tag(key: "team", value: "容器")],
                deletionProtection: true, keyPair: "e2e-keypair", numOfNodes: 3,
                workerInstanceTypes: ["ecs.g6.large", "ecs.g6.xlarge"],
                workerDataDisks: [
                    ACK.DataDisk(category: "cloud_essd", size: 120, encrypted: "true", performanceLevel: "PL1")
                ],
                addons: [
                    ACK.Addon(name: "flannel"),
                    ACK.Addon(
                        name: "nginx-ingress-controller", config: #"{"IngressSlbNetworkType":"internet"}"#,
                        disabled: true),
                ])
            let response = try await client(server, algorithm).createCluster(request)

            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "POST")
            #expect(received.path == "/clusters")
            #expect(received.queryItems.isEmpty)
            #expect(received.header("Content-Type")?.hasPrefix("application/json") == true)
            expectCommonHeaders(received, action: "CreateCluster")
            EndToEnd.expectVerified(received, algorithm)
            let body = try received.decodeJSONBody(as: JSONValue.self)
            let expected: JSONValue = [
                "name": "e2e-managed", "region_id": "cn-beijing", "cluster_type": "ManagedKubernetes",
                "cluster_spec": "ack.pro.small", "kubernetes_version": "1.18.8-aliyun.1",
                "runtime": ["name": "containerd", "version": "1.6.20"], "vpcid": "vpc-2zecuu62b9zw7a7qn****",
                "vswitch_ids": ["vsw-2zete8s4qocqg0mf6****"], "container_cidr": "172.20.0.0/16",
                "service_cidr": "172.21.0.0/20", "snat_entry": true, "endpoint_public_access": false,
                "tags": [["key": "env", "value": "prod"], ["key": "team", "value": "容器"]],
                "deletion_protection": true, "key_pair": "e2e-keypair", "num_of_nodes": 3,
                "worker_instance_types": ["ecs.g6.large", "ecs.g6.xlarge"],
                "worker_data_disks": [
                    ["category": "cloud_essd", "size": 120, "encrypted": "true", "performance_level": "PL1"]
                ],
                "addons": [
                    ["name": "flannel"],
                    [
                        "name": "nginx-ingress-controller", "config": #"{"IngressSlbNetworkType":"internet"}"#,
                        "disabled": true,
                    ],
                ],
            ]
            #expect(body == expected)

            #expect(response.clusterID == example["cluster_id"]?.stringValue)
            #expect(response.taskID == example["task_id"]?.stringValue)
            #expect(response.requestID == example["request_id"]?.stringValue)
            #expect(response.requestID != nil)
        }
    }

    @Test("DeleteCluster: DELETE with retain_resources as one JSON query value", arguments: algorithms)
    func deleteCluster(algorithm: SignatureAlgorithm) async throws {
        try await EndToEnd.withSpecServer { server in
            let response = try await client(server, algorithm).deleteCluster(
                ACK.DeleteClusterRequest(
                    clusterID: "c905d1364c2dd4b6284a3f41790c4****", retainAllResources: false, keepSLB: true,
                    retainResources: ["sg-2ze6ess9kho6fdn9****", "vsw-2zete8s4qocqg0mf6****"]))

            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "DELETE")
            #expect(received.path == "/clusters/c905d1364c2dd4b6284a3f41790c4****")
            #expect(received.body.isEmpty)
            #expect(received.queryValue("retain_all_resources") == "false")
            #expect(received.queryValue("keep_slb") == "true")
            #expect(received.queryItems.count == 3)
            let retained = try JSONValue.parse(try #require(received.queryValue("retain_resources")))
            #expect(retained == ["sg-2ze6ess9kho6fdn9****", "vsw-2zete8s4qocqg0mf6****"])
            expectCommonHeaders(received, action: "DeleteCluster")
            EndToEnd.expectVerified(received, algorithm)

            // The answer is DeleteCluster's documented example (groups/clusters.yaml), whose body names the
            // request ID, the deletion task and the cluster.
            #expect(response.requestID == "687C5BAA-D103-4993-884B-C35E4314A1E1")
            #expect(response.taskID == "T-5a54309c80282e39ea00002f")
        }
    }

    @Test("DescribeTaskInfo: task path parameter, task state decoded", arguments: algorithms)
    func describeTaskInfo(algorithm: SignatureAlgorithm) async throws {
        let example = try EndToEnd.example("ACK", "DescribeTaskInfo")
        try await EndToEnd.withSpecServer { server in
            let response = try await client(server, algorithm).describeTaskInfo(
                ACK.DescribeTaskInfoRequest(taskID: "T-5faa48fb31b6b8078d000006"))

            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "GET")
            #expect(received.path == "/tasks/T-5faa48fb31b6b8078d000006")
            expectCommonHeaders(received, action: "DescribeTaskInfo")
            EndToEnd.expectVerified(received, algorithm)

            #expect(response.taskID == example["task_id"]?.stringValue)
            #expect(response.clusterID == example["cluster_id"]?.stringValue)
            #expect(response.state?.rawValue == example["state"]?.stringValue)
            #expect(response.taskResult?.count == example["task_result"]?.count)
            #expect(response.taskResult?.first?.data == "i-xxx")
        }
    }
}
