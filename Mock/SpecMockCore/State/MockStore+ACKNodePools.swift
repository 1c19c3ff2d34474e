import CloudRuntime
import CloudTestSupport

extension MockStore {
    /// CreateClusterNodePool: a node pool in state `initial` in an existing cluster.
    func createNodePool(_ call: Call) -> MockResponse {
        let clusterID = call.pathValue("ClusterId") ?? ""
        let body = call.bodyMembers
        let pool = self.contents.withLock { contents -> String? in
            guard contents.ackClusters.contains(where: { $0.id == clusterID && $0.exists }) else { return nil }
            let id = Self.identifier("np", contents.nextNumber("ack-nodepool"), digits: 32)
            var attributes: [String: JSONValue] = [:]
            if let name = body["nodepool_info"]?[member: "name"] ?? body["name"] { attributes["name"] = name }
            contents.ackNodePools.append(
                MockResource(id: id, parent: clusterID, attributes: attributes, phase: .creating, phaseStart: call.now))
            return id
        }
        guard let pool else { return Self.clusterNotFound(clusterID, call) }
        var answer = call.exampleWithRequestID
        answer[member: "nodepool_id"] = .string(pool)
        return call.success(answer)
    }

    /// DescribeClusterNodePools: the cluster's node pools that exist.
    func listNodePools(_ call: Call) -> MockResponse {
        let clusterID = call.pathValue("ClusterId") ?? ""
        let pools = self.contents.withLock { contents -> [MockResource]? in
            guard contents.ackClusters.contains(where: { $0.id == clusterID && $0.exists }) else { return nil }
            return contents.ackNodePools.filter { $0.parent == clusterID && $0.exists }
        }
        guard let pools else { return Self.clusterNotFound(clusterID, call) }
        let template = call.example.firstElement(of: "nodepools") ?? .object([:])
        var answer = call.exampleWithRequestID
        answer[member: "nodepools"] = .array(pools.map { Self.nodePoolBody($0, template: template) })
        return call.success(answer)
    }

    /// DescribeClusterNodePoolDetail: counts a poll; `initial` turns `active`, `deleting` into a 404.
    func describeNodePool(_ call: Call) -> MockResponse {
        let clusterID = call.pathValue("ClusterId") ?? ""
        let id = call.pathValue("NodepoolId") ?? ""
        let found = self.contents.withLock { contents -> MockResource? in
            guard
                let index = contents.ackNodePools.firstIndex(where: {
                    $0.id == id && $0.parent == clusterID && $0.exists
                })
            else { return nil }
            contents.ackNodePools[index].observe(self.settings, now: call.now)
            return contents.ackNodePools[index]
        }
        guard let pool = found, pool.exists else { return Self.nodePoolNotFound(id, call) }
        return call.success(Self.nodePoolBody(pool, template: call.example))
    }

    /// DeleteClusterNodepool: the node pool turns `deleting`; later describes end in a 404.
    func deleteNodePool(_ call: Call) -> MockResponse {
        let clusterID = call.pathValue("ClusterId") ?? ""
        let id = call.pathValue("NodepoolId") ?? ""
        let deleted = self.contents.withLock { contents -> Bool in
            guard
                let index = contents.ackNodePools.firstIndex(where: {
                    $0.id == id && $0.parent == clusterID && $0.exists
                })
            else { return false }
            if contents.ackNodePools[index].phase != .deleting {
                contents.ackNodePools[index].enter(.deleting, at: call.now)
            }
            return true
        }
        guard deleted else { return Self.nodePoolNotFound(id, call) }
        return call.success(call.operation.hasResponseBody ? call.exampleWithRequestID : nil)
    }

    /// A node pool as the example shows one, with the stored ID, name and state.
    static func nodePoolBody(_ pool: MockResource, template: JSONValue) -> JSONValue {
        var body = template
        var info = body[member: "nodepool_info"] ?? .object([:])
        info[member: "nodepool_id"] = .string(pool.id)
        info[member: "is_default"] = .bool(false)
        if let name = pool.attributes["name"] { info[member: "name"] = name }
        body[member: "nodepool_info"] = info
        var status = body[member: "status"] ?? .object([:])
        let state: String
        switch pool.phase {
        case .creating: state = "initial"
        case .ready: state = "active"
        case .deleting, .gone: state = "deleting"
        }
        status[member: "state"] = .string(state)
        body[member: "status"] = status
        return body
    }

    private static func nodePoolNotFound(_ id: String, _ call: Call) -> MockResponse {
        VendorErrorShape.alibaba.notFound(
            code: "ErrorNodePoolNotFound", message: "The specified node pool \(id) is not found.",
            requestID: call.requestID)
    }
}
