import CloudRuntime
import KingsoftKCE

extension DemoSession {
    /// KCE: create three clusters, list them two per page, delete them, list again.
    func runKCE() async throws {
        print("KCE — Kingsoft Cloud container clusters (RPC form bodies, AWS4 signing)")
        let kce = KCEClient(configuration: self.configuration(), credentials: self.credentials)
        var ids: [String] = []
        for name in ["demo-a", "demo-b", "demo-c"] {
            let created = try await kce.createCluster(Self.kceClusterRequest(name))
            ids.append(created.clusterID ?? "")
        }
        print("  1. CreateCluster ×3: \(ids.joined(separator: ", "))")

        print("  2. describeClusterPages, two per page (Marker / MaxResults):")
        var listed: [String] = []
        var page = 1
        for try await response in kce.describeClusterPages(.init(maxResults: 2)) {
            let names = (response.clusterSet ?? []).map { "\($0.clusterName ?? "?") (\($0.status?.rawValue ?? "?"))" }
            listed += (response.clusterSet ?? []).compactMap(\.clusterID)
            print("     page \(page): \(names.joined(separator: ", "))")
            page += 1
        }
        self.expect(listed == ids, "the pages listed \(listed.count) of \(ids.count) clusters")

        for id in ids { _ = try await kce.deleteCluster(.init(clusterID: id)) }
        let after = try await kce.describeCluster(.init())
        print("  3. DeleteCluster ×3; DescribeCluster: \(after.totalCount ?? 0) cluster(s) left")
        self.expect(after.totalCount == 0, "clusters remain after deletion")
    }

    /// A dedicated cluster with three Master_Etcd and two Worker nodes.
    static func kceClusterRequest(_ name: String) -> KCE.CreateClusterRequest {
        let node = { (role: String, count: Int32) in
            KCE.NodePara(
                maxCount: count, minCount: count, imageID: "5bbc21d6-c48c-4c8a-b057-fcbb164bcbf7",
                subnetID: "7e23b980-11c2-4bb0-9388-xxxxxxx", securityGroupID: "d46c7672-7ca9-4f51-bbd9-xxxxxxx",
                dataDiskGb: 50, chargeType: "Daily", instanceType: "I3.4B", purchaseTime: 0,
                instanceName: "\(name)-\(role)", instanceNameSuffix: 1)
        }
        return KCE.CreateClusterRequest(
            clusterName: name, clusterDesc: "created by cloud-demo", clusterManageMode: .dedicatedCluster,
            vpcID: "31e21dca-c92e-4b06-a8ce-xxxxx", podCIDR: "10.66.0.0/16", serviceCIDR: "10.254.0.0/16",
            networkType: .flannel, k8sVersion: .v1_12_3, reserveSubnetID: "372bdbac-ea1d-4f99-9c30-xxxxxxx",
            instanceSet: [
                KCE.InstanceSet(nodeRole: .masterEtcd, nodePara: [node("master", 3)]),
                KCE.InstanceSet(nodeRole: .worker, nodePara: [node("worker", 2)]),
            ])
    }
}
