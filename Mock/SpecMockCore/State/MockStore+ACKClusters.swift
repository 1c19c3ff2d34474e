import CloudRuntime
import CloudTestSupport

extension MockStore {
    /// CreateCluster: a cluster in state `initial` and its creation task in state `running`.
    func createACKCluster(_ call: Call) -> MockResponse {
        let body = call.bodyMembers
        let (cluster, task) = self.contents.withLock { contents in
            let cluster = Self.identifier("c", contents.nextNumber("ack-cluster"), digits: 32)
            var attributes: [String: JSONValue] = [:]
            for key in ["name", "cluster_type", "region_id", "cluster_spec", "profile", "vpcid"] {
                if let value = body[key] { attributes[key] = value }
            }
            if let version = body["kubernetes_version"] { attributes["current_version"] = version }
            contents.ackClusters.append(
                MockResource(id: cluster, attributes: attributes, phase: .creating, phaseStart: call.now))
            let task = Self.startTask(
                in: &contents, parent: cluster, attributes: ["task_type": "cluster_create"], now: call.now)
            return (cluster, task)
        }
        var answer = call.exampleWithRequestID
        answer[member: "cluster_id"] = .string(cluster)
        answer[member: "task_id"] = .string(task)
        return call.success(answer)
    }

    /// DescribeClusterDetail: counts a poll; `initial` turns `running`, `deleting` turns into a 404.
    func describeACKCluster(_ call: Call) -> MockResponse {
        let id = call.pathValue("ClusterId") ?? ""
        let found = self.contents.withLock { contents -> MockResource? in
            guard let index = contents.ackClusters.firstIndex(where: { $0.id == id && $0.exists }) else { return nil }
            contents.ackClusters[index].observe(self.settings, now: call.now)
            return contents.ackClusters[index]
        }
        guard let cluster = found, cluster.exists else { return Self.clusterNotFound(id, call) }
        return call.success(Self.clusterBody(cluster, template: call.example))
    }

    /// DescribeClustersV1: the clusters that exist, filtered by name and type, one page
    /// (`page_number` from 1, `page_size` default 10).
    func listACKClusters(_ call: Call) -> MockResponse {
        let name = call.request.queryValue("name")
        let type = call.request.queryValue("cluster_type")
        let clusters = self.contents.withLock { contents in
            contents.ackClusters.filter { cluster in
                cluster.exists && (name == nil || cluster.attributes["name"]?.text == name)
                    && (type == nil || cluster.attributes["cluster_type"]?.text == type)
            }
        }
        let size = max(1, call.integerQuery("page_size", default: 10))
        let number = max(1, call.integerQuery("page_number", default: 1))
        let start = min(clusters.count, (number - 1) * size)
        let page = clusters[start..<min(clusters.count, start + size)]
        let template = call.example.firstElement(of: "clusters") ?? .object([:])
        var answer = call.example
        answer[member: "clusters"] = .array(page.map { Self.clusterBody($0, template: template) })
        answer[member: "page_info"] = .object([
            "page_number": .number(Double(number)), "page_size": .number(Double(size)),
            "total_count": .number(Double(clusters.count)),
        ])
        return call.success(answer)
    }

    /// DeleteCluster: the cluster turns `deleting` (and its node pools go); later describes end in a 404.
    func deleteACKCluster(_ call: Call) -> MockResponse {
        let id = call.pathValue("ClusterId") ?? ""
        let deleted = self.contents.withLock { contents -> Bool in
            guard let index = contents.ackClusters.firstIndex(where: { $0.id == id && $0.exists }) else { return false }
            if contents.ackClusters[index].phase != .deleting {
                contents.ackClusters[index].enter(.deleting, at: call.now)
            }
            for pool in contents.ackNodePools.indices where contents.ackNodePools[pool].parent == id {
                contents.ackNodePools[pool].enter(.gone, at: call.now)
            }
            return true
        }
        guard deleted else { return Self.clusterNotFound(id, call) }
        return call.success(call.operation.hasResponseBody ? call.exampleWithRequestID : nil)
    }

    /// A cluster as the example shows one, with the stored values and state.
    static func clusterBody(_ cluster: MockResource, template: JSONValue) -> JSONValue {
        var body = template
        body[member: "cluster_id"] = .string(cluster.id)
        for (key, value) in cluster.attributes where key != "vpcid" {
            body[member: key] = value
        }
        if let vpc = cluster.attributes["vpcid"] { body[member: "vpc_id"] = vpc }
        let state: String
        switch cluster.phase {
        case .creating: state = "initial"
        case .ready: state = "running"
        case .deleting, .gone: state = "deleting"
        }
        body[member: "state"] = .string(state)
        return body
    }
}
