import CloudRuntime
import CloudTestSupport

extension MockStore {
    /// The KCE parameters a cluster keeps, and the `ClusterSet` members they show up as.
    private static let kceAttributes: [(parameter: String, member: String)] = [
        ("ClusterName", "ClusterName"), ("ClusterDesc", "ClusterDesc"), ("ClusterManageMode", "ClusterManageMode"),
        ("K8sVersion", "K8sVersion"), ("NetworkType", "NetworkType"), ("PodCidr", "PodCidr"),
        ("ServiceCidr", "ServiceCidr"), ("VpcId", "VpcId"),
    ]

    /// CreateCluster: a cluster in status `building`.
    func createKCECluster(_ call: Call) -> MockResponse {
        var attributes: [String: JSONValue] = [:]
        for (parameter, member) in Self.kceAttributes {
            if let value = call.parameter(parameter) { attributes[member] = .string(value) }
        }
        let id = self.contents.withLock { contents in
            let number = contents.nextNumber("kce-cluster")
            let id = Self.identifier("00000000-0000-4000-8000-", number, digits: 12)
            contents.kceClusters.append(
                MockResource(id: id, attributes: attributes, phase: .creating, phaseStart: call.now))
            return id
        }
        var answer = call.example
        answer[member: "ClusterId"] = .string(id)
        return call.success(answer)
    }

    /// DescribeCluster: one page of clusters from offset `Marker` (default 0), at most `MaxResults`
    /// (default 10), filtered by `ClusterId` and by `Search` in the name; each listed cluster counts
    /// a poll, so `building` turns `running`. `Marker` in the answer is the next page's offset, 0 at the end.
    func listKCEClusters(_ call: Call) -> MockResponse {
        let wanted = call.parameter("ClusterId").flatMap { $0.isEmpty ? nil : $0 }
        let search = call.parameter("Search").flatMap { $0.isEmpty ? nil : $0 }
        let marker = max(0, call.parameter("Marker").flatMap { Int($0) } ?? 0)
        let limit = max(1, call.parameter("MaxResults").flatMap { Int($0) } ?? 10)
        let (page, total) = self.contents.withLock { contents -> ([MockResource], Int) in
            let matching = contents.kceClusters.indices.filter { index in
                let cluster = contents.kceClusters[index]
                let name = cluster.attributes["ClusterName"]?.text ?? ""
                return cluster.exists && (wanted == nil || cluster.id == wanted)
                    && (search.map { name.lowercased().contains($0.lowercased()) } ?? true)
            }
            let start = min(marker, matching.count)
            let indexes = matching[start..<min(matching.count, start + limit)]
            for index in indexes { contents.kceClusters[index].observe(self.settings, now: call.now) }
            return (indexes.map { contents.kceClusters[$0] }, matching.count)
        }
        let template = call.example.firstElement(of: "ClusterSet") ?? .object([:])
        var answer = call.example
        answer[member: "ClusterSet"] = .array(page.map { Self.kceClusterBody($0, template: template) })
        answer[member: "TotalCount"] = .number(Double(total))
        answer[member: "MaxResults"] = .number(Double(limit))
        let next = marker + page.count
        answer[member: "Marker"] = .number(Double(next < total ? next : 0))
        return call.success(answer)
    }

    /// DeleteCluster: the cluster is gone at once (KCE lists no deleting status).
    func deleteKCECluster(_ call: Call) -> MockResponse {
        let id = call.parameter("ClusterId") ?? ""
        let deleted = self.contents.withLock { contents -> Bool in
            guard let index = contents.kceClusters.firstIndex(where: { $0.id == id && $0.exists }) else { return false }
            contents.kceClusters[index].enter(.gone, at: call.now)
            return true
        }
        guard deleted else {
            return VendorErrorShape.kingsoft.invalidParameter(
                "ClusterId", reason: "no cluster \(id) exists in this region", requestID: call.requestID)
        }
        return call.success(call.example)
    }

    /// A cluster as the example shows one, with the stored values and status.
    static func kceClusterBody(_ cluster: MockResource, template: JSONValue) -> JSONValue {
        var body = template
        body[member: "ClusterId"] = .string(cluster.id)
        for (key, value) in cluster.attributes { body[member: key] = value }
        body[member: "Status"] = .string(cluster.phase == .ready ? "running" : "building")
        return body
    }
}
