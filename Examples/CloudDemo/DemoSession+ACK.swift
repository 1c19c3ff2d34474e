import AlibabaACK
import CloudRuntime

extension DemoSession {
    /// ACK: create a cluster, wait for it, add a node pool, wait for it, list, delete both.
    func runACK() async throws {
        print("ACK — Alibaba Cloud Container Service for Kubernetes (ROA, ACS v1 signing; one call with ACS3)")
        let ack = ACKClient(configuration: self.configuration(algorithm: .acsHMACSHA1), credentials: self.credentials)
        let created = try await ack.createCluster(Self.clusterRequest)
        let clusterID = created.clusterID ?? ""
        print("  1. CreateCluster \"demo-managed\": cluster \(clusterID), task \(created.taskID ?? "-")")
        self.expect(!clusterID.isEmpty, "CreateCluster returned no cluster ID")

        print("  2. waitUntilClusterRunning (polls DescribeClusterDetail)")
        let running = try await ack.waitUntilClusterRunning(
            .init(clusterID: clusterID), options: Self.waitOptions, progress: Self.showProgress)
        self.expect(running?.state == "running", "the cluster ended \(running?.state?.rawValue ?? "-")")

        let pool = try await ack.createClusterNodePool(
            .init(clusterID: clusterID, nodepoolInfo: ACK.NodepoolInfo(name: "demo-pool"), count: 2))
        let poolID = pool.nodepoolID ?? ""
        print("  3. CreateClusterNodePool \"demo-pool\": node pool \(poolID)")

        print("  4. waitUntilNodePoolActive (polls DescribeClusterNodePoolDetail)")
        let active = try await ack.waitUntilNodePoolActive(
            .init(clusterID: clusterID, nodepoolID: poolID), options: Self.waitOptions, progress: Self.showProgress)
        self.expect(active?.status?.state == "active", "the node pool ended \(active?.status?.state?.rawValue ?? "-")")

        let acs3 = ACKClient(
            configuration: self.configuration(algorithm: .acs3HMACSHA256), credentials: self.credentials)
        let page = try await acs3.describeClustersV1(.init(pageSize: 10, pageNumber: 1))
        let names = (page.clusters ?? []).map { "\($0.name ?? "?") (\($0.state?.rawValue ?? "?"))" }
        let total = page.pageInfo?.totalCount ?? 0
        print("  5. DescribeClustersV1 (ACS3): \(total) cluster(s): \(names.joined(separator: ", "))")
        self.expect(page.clusters?.count == 1, "expected one listed cluster")

        let pools = try await ack.describeClusterNodePools(.init(clusterID: clusterID)).nodepools ?? []
        let poolNames = pools.map { "\($0.nodepoolInfo?.name ?? "?") (\($0.status?.state?.rawValue ?? "?"))" }
        print("  6. DescribeClusterNodePools: \(pools.count) node pool(s): \(poolNames.joined(separator: ", "))")

        let task = try await ack.describeTaskInfo(.init(taskID: created.taskID ?? ""))
        print("  7. DescribeTaskInfo \(task.taskID ?? "-"): \(task.taskType ?? "?") is \(task.state?.rawValue ?? "?")")

        _ = try await ack.deleteClusterNodepool(.init(clusterID: clusterID, nodepoolID: poolID))
        print("  8. DeleteClusterNodepool \(poolID): accepted")
        _ = try await ack.deleteCluster(.init(clusterID: clusterID))
        print("  9. DeleteCluster \(clusterID): accepted; waitUntilClusterDeleted")
        // The waiter succeeds on the service's 404 for the cluster, so it returns no response.
        let gone = try await ack.waitUntilClusterDeleted(
            .init(clusterID: clusterID), options: Self.waitOptions, progress: Self.showProgress)
        self.expect(gone == nil || gone?.state == "deleted", "the cluster was not deleted")
    }

    /// Polls every 100 ms for at most 10 s: the mock settles in a few polls.
    static let waitOptions = WaiterOptions(interval: .milliseconds(100), timeout: .seconds(10))

    /// One line per poll that did not end the wait.
    static let showProgress: WaiterProgressHandler = { progress in
        print("     \(progress.waiter): poll \(progress.attempt), state \(progress.state ?? "-")")
    }

    /// A managed (Pro) cluster.
    static var clusterRequest: ACK.CreateClusterRequest {
        ACK.CreateClusterRequest(
            name: "demo-managed", regionID: "cn-hangzhou", clusterType: "ManagedKubernetes",
            clusterSpec: "ack.pro.small",
            kubernetesVersion: "1.18.8-aliyun.1", vpcid: "vpc-bp1gxh70jnkl12vq27jg7",
            vswitchIDs: ["vsw-bp1hl2o4i9z7sbmy*****"], containerCIDR: "172.20.0.0/16", serviceCIDR: "172.21.0.0/20",
            snatEntry: true, tags: [ACK.Tag(key: "env", value: "demo")], keyPair: "demo-keypair", numOfNodes: 2,
            workerInstanceTypes: ["ecs.g6.large"])
    }
}
