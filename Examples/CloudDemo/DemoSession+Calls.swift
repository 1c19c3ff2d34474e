import AlibabaACK
import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import KingsoftKCR

extension DemoSession {
    /// The scripted calls: ACK with ACS v1 (and one with ACS3), KCE by POST and GET, KCR.
    func callAll(_ server: MockServer, verbose: Bool, details: inout [String]) async throws {
        let v1 = SignatureAlgorithm.acsHMACSHA1
        let ack = ACKClient(configuration: self.configuration(server, algorithm: v1), credentials: self.credentials)
        _ = await self.call("ACK", "DescribeClustersV1", algorithm: v1, server: server) {
            try await ack.describeClustersV1(ACK.DescribeClustersV1Request(clusterType: "ManagedKubernetes", pageSize: 20))
        } result: { response in
            let first = response.clusters?.first
            return "\(response.clusters?.count ?? 0) cluster(s), first \(first?.name ?? "?") (\(first?.state?.rawValue ?? "?"))"
        }
        let created = await self.call("ACK", "CreateCluster", algorithm: v1, server: server) {
            try await ack.createCluster(Self.ackCreateRequest)
        } result: { "cluster_id \($0.clusterID ?? "?"), task_id \($0.taskID ?? "?")" }
        let clusterID = created?.clusterID ?? "c-unknown"
        _ = await self.call("ACK", "DescribeTaskInfo", algorithm: v1, server: server) {
            try await ack.describeTaskInfo(ACK.DescribeTaskInfoRequest(taskID: created?.taskID ?? "T-unknown"))
        } result: { "task \($0.taskType ?? "?") is \($0.state?.rawValue ?? "?")" }
        _ = await self.call("ACK", "DescribeClusterDetail", algorithm: v1, server: server) {
            try await ack.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: clusterID))
        } result: { "\($0.name ?? "?") is \($0.state?.rawValue ?? "?"), Kubernetes \($0.currentVersion ?? "?")" }
        _ = await self.call("ACK", "DeleteCluster", algorithm: v1, server: server) {
            try await ack.deleteCluster(
                ACK.DeleteClusterRequest(clusterID: clusterID, keepSLB: false, retainResources: ["sg-2ze6ess9kho6fdn9****"]))
        } result: { _ in "accepted (no response body)" }

        let acs3 = SignatureAlgorithm.acs3HMACSHA256
        let ackV3 = ACKClient(configuration: self.configuration(server, algorithm: acs3), credentials: self.credentials)
        _ = await self.call("ACK", "DescribeClusterDetail", algorithm: acs3, server: server) {
            try await ackV3.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: clusterID))
        } result: { "cluster_id \($0.clusterID ?? "?"), spec \($0.clusterSpec?.rawValue ?? "?")" }

        let aws4 = SignatureAlgorithm.aws4HMACSHA256
        let kce = KCEClient(configuration: self.configuration(server, rpcMethod: .post), credentials: self.credentials)
        _ = await self.call("KCE", "CreateCluster", algorithm: aws4, server: server) {
            try await kce.createCluster(Self.kceCreateRequest)
        } result: { "ClusterId \($0.clusterID ?? "?")" }
        if verbose, let received = self.lastReceived {
            details.append("")
            details.append("KCE CreateCluster parameters as the server received them (\(received.method) form body):")
            for item in Self.rpcParameters(of: received) where !Self.isSignatureParameter(item.name) {
                details.append("  \(item.name) = \(item.value)")
            }
        }
        _ = await self.call("KCE", "DescribeCluster", algorithm: aws4, server: server) {
            try await kce.describeCluster(KCE.DescribeClusterRequest(maxResults: 10))
        } result: { response in
            let names = response.clusterSet?.compactMap(\.clusterName).joined(separator: ", ") ?? ""
            return "\(response.clusterSet?.count ?? 0) cluster(s): \(names)"
        }
        let kceGet = KCEClient(configuration: self.configuration(server, rpcMethod: .get), credentials: self.credentials)
        _ = await self.call("KCE", "DescribeClusterInstance", algorithm: aws4, server: server) {
            try await kceGet.describeClusterInstance(
                KCE.DescribeClusterInstanceRequest(
                    clusterID: "79dac1a8-3387-4769-82a5-xxxxxx",
                    filter: [KCE.Filter(name: "instance-role", value: ["Worker", "Master_Etcd"])]))
        } result: { response in
            let roles = Dictionary(grouping: response.instanceSet ?? [], by: { $0.instanceRole ?? "?" })
            let summary = roles.keys.sorted().map { "\(roles[$0]?.count ?? 0) \($0)" }.joined(separator: ", ")
            return "\(response.instanceSet?.count ?? 0) node(s): \(summary)"
        }

        let kcr = KCRClient(configuration: self.configuration(server), credentials: self.credentials)
        _ = await self.call("KCR", "DescribeRepository", algorithm: aws4, server: server) {
            try await kcr.describeRepository(KCR.DescribeRepositoryRequest(repoName: ["my-namespace/my-repo"]))
        } result: { response in
            let names = response.repoSet?.compactMap(\.repoName).joined(separator: ", ") ?? ""
            return "\(response.repoSet?.count ?? 0) repository: \(names)"
        }
    }

    /// Parameter names that carry signing material, never shown.
    static func isSignatureParameter(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("signature") || lowered.hasPrefix("x-amz-") || lowered == "accesskeyid"
    }

    /// A managed (Pro) cluster with a runtime, tags, add-ons and a data disk.
    static var ackCreateRequest: ACK.CreateClusterRequest {
        ACK.CreateClusterRequest(
            name: "demo-managed", regionID: "cn-hangzhou", clusterType: "ManagedKubernetes", clusterSpec: "ack.pro.small",
            kubernetesVersion: "1.18.8-aliyun.1", runtime: ACK.Runtime(name: "containerd", version: "1.6.20"),
            vpcid: "vpc-bp1gxh70jnkl12vq27jg7", vswitchIDs: ["vsw-bp1hl2o4i9z7sbmy*****"],
            containerCIDR: "172.20.0.0/16", serviceCIDR: "172.21.0.0/20", snatEntry: true,
            tags: [ACK.Tag(key: "env", value: "demo")], keyPair: "demo-keypair", numOfNodes: 2,
            workerInstanceTypes: ["ecs.g6.large"],
            workerDataDisks: [ACK.DataDisk(category: "cloud_essd", size: 120, encrypted: "false")],
            addons: [ACK.Addon(name: "flannel"), ACK.Addon(name: "csi-plugin")])
    }

    /// A dedicated KCE cluster: three Master_Etcd and two Worker nodes, a public API server.
    static var kceCreateRequest: KCE.CreateClusterRequest {
        let node = { (role: String, count: Int32) in
            KCE.NodePara(
                maxCount: count, minCount: count, imageID: "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
                subnetID: "7e23b980-11c2-4bb0-9388-xxxxxxx", securityGroupID: "d46c7672-7ca9-4f51-bbd9-xxxxxxx",
                dataDiskGb: 50, chargeType: "Daily", instanceType: "I3.4B", purchaseTime: 0,
                instanceName: "demo-\(role)", instanceNameSuffix: 1)
        }
        return KCE.CreateClusterRequest(
            clusterName: "demo-cluster", clusterDesc: "created by cloud-demo", clusterManageMode: .dedicatedCluster,
            vpcID: "31e21dca-c92e-4b06-a8ce-xxxxx", podCIDR: "10.66.0.0/16", serviceCIDR: "10.254.0.0/16",
            networkType: .flannel, k8sVersion: .v1123, reserveSubnetID: "372bdbac-ea1d-4f99-9c30-xxxxxxx",
            instanceSet: [
                KCE.InstanceSet(nodeRole: .masterEtcd, nodePara: [node("master", 3)]),
                KCE.InstanceSet(nodeRole: .worker, nodePara: [node("worker", 2)]),
            ],
            publicAPIServer: KCE.PublicAPIServer(lineID: "xxxxxxx", bandWidth: 5, chargeType: "PostPaidByDay"))
    }
}
