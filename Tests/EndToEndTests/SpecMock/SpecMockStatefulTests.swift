import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import SpecMockCore
import Synchronization
import Testing

/// The stateful mode through the generated clients: lifecycles, listings, paging, deletions.
@Suite("specmock stateful mode")
struct SpecMockStatefulTests {
    private static func withACK(
        polls: Int = 2, seconds: Double? = nil, _ body: (ACKClient, MockServer) async throws -> Void
    ) async throws {
        let mock = try await SpecMockFixture.make(
            stateful: StatefulSettings(pollsToSettle: polls, secondsToSettle: seconds))
        try await SpecMockFixture.withServer(mock) { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            try await body(client, server)
            for request in server.requests { #expect(request.signatureCheck?.isValid == true) }
        }
    }

    private static let create = ACK.CreateClusterRequest(
        name: "life", regionID: "cn-hangzhou", clusterType: "ManagedKubernetes", clusterSpec: "ack.pro.small")

    @Test("ACK cluster: initial, then running after the configured polls; deleting, then ErrorClusterNotFound")
    func clusterLifecycle() async throws {
        try await Self.withACK(polls: 2) { ack, _ in
            let created = try await ack.createCluster(Self.create)
            let id = try #require(created.clusterID)
            #expect(id == "c00000000000000000000000000000001")
            #expect(try await ack.describeClusterDetail(.init(clusterID: id)).state == "initial")
            let running = try await ack.describeClusterDetail(.init(clusterID: id))
            #expect(running.state == "running")
            #expect(running.name == "life" && running.clusterType == "ManagedKubernetes" && running.clusterID == id)
            #expect(running.requestID?.hasPrefix("mock-request-") == true)

            _ = try await ack.deleteCluster(.init(clusterID: id))
            #expect(try await ack.describeClusterDetail(.init(clusterID: id)).state == "deleting")
            let error = try await #require(throws: ServiceError.self) {
                _ = try await ack.describeClusterDetail(.init(clusterID: id))
            }
            #expect(error.httpStatus == 404 && error.code == "ErrorClusterNotFound")
            #expect(error.message?.contains(id) == true)
        }
    }

    @Test("ACK: the creation task runs, then succeeds; an unknown task is a 404")
    func task() async throws {
        try await Self.withACK(polls: 2) { ack, _ in
            let created = try await ack.createCluster(Self.create)
            let taskID = try #require(created.taskID)
            let first = try await ack.describeTaskInfo(.init(taskID: taskID))
            #expect(first.state == "running" && first.clusterID == created.clusterID && first.taskID == taskID)
            #expect(try await ack.describeTaskInfo(.init(taskID: taskID)).state == "success")
            await #expect(throws: ServiceError.self) { _ = try await ack.describeTaskInfo(.init(taskID: "T-none")) }
        }
    }

    @Test("ACK: an operation answering with a task ID starts a task the TaskFinished waiter follows to success")
    func taskOfAnyOperation() async throws {
        try await Self.withACK(polls: 2) { ack, server in
            let scaled = try await ack.removeNodePoolNodes(
                .init(clusterID: "c1", nodepoolID: "np1", nodes: ["cn-hangzhou.192.168.0.1"]))
            let taskID = try #require(scaled.taskID)
            #expect(taskID == "T-000000000000000000000001")
            let modified = try await ack.modifyCluster(.init(clusterID: "c1"))
            #expect(modified.taskID == "T-000000000000000000000002")
            let finished = try await ack.waitUntilTaskFinished(
                .init(taskID: taskID), options: WaiterOptions(interval: .milliseconds(1)))
            #expect(finished?.state == "success" && finished?.clusterID == "c1")
            // One poll saw it running, the next saw it finished.
            #expect(server.requests.filter { $0.rawPath.hasPrefix("/tasks/") }.count == 2)
        }
    }

    @Test("ACK: DescribeClustersV1 pages by page_number and page_size and filters by name")
    func listing() async throws {
        try await Self.withACK { ack, _ in
            for name in ["a", "b", "c"] {
                _ = try await ack.createCluster(.init(name: name, regionID: "cn-hangzhou", clusterType: "Kubernetes"))
            }
            let first = try await ack.describeClustersV1(.init(pageSize: 2, pageNumber: 1))
            #expect(first.clusters?.map(\.name) == ["a", "b"])
            #expect(first.pageInfo?.totalCount == 3 && first.pageInfo?.pageNumber == 1 && first.pageInfo?.pageSize == 2)
            let second = try await ack.describeClustersV1(.init(pageSize: 2, pageNumber: 2))
            #expect(second.clusters?.map(\.name) == ["c"])
            let named = try await ack.describeClustersV1(.init(name: "b"))
            #expect(named.clusters?.count == 1 && named.clusters?.first?.name == "b")
        }
    }

    @Test("ACK node pool: initial, then active; listed; deleted; its cluster must exist")
    func nodePool() async throws {
        try await Self.withACK(polls: 2) { ack, _ in
            let cluster = try #require(try await ack.createCluster(Self.create).clusterID)
            let pool = try await ack.createClusterNodePool(
                .init(clusterID: cluster, nodepoolInfo: ACK.NodepoolInfo(name: "workers")))
            let poolID = try #require(pool.nodepoolID)
            #expect(poolID.hasPrefix("np"))
            let detail = { try await ack.describeClusterNodePoolDetail(.init(clusterID: cluster, nodepoolID: poolID)) }
            #expect(try await detail().status?.state == "initial")
            let active = try await detail()
            #expect(active.status?.state == "active" && active.nodepoolInfo?.name == "workers")
            let listed = try await ack.describeClusterNodePools(.init(clusterID: cluster)).nodepools ?? []
            #expect(listed.map { $0.nodepoolInfo?.nodepoolID } == [poolID])
            _ = try await ack.deleteClusterNodepool(.init(clusterID: cluster, nodepoolID: poolID))
            #expect(try await detail().status?.state == "deleting")
            let gone = try await #require(throws: ServiceError.self) { _ = try await detail() }
            #expect(gone.httpStatus == 404 && gone.code == "ErrorNodePoolNotFound")
            let orphan = try await #require(throws: ServiceError.self) {
                _ = try await ack.createClusterNodePool(.init(clusterID: "c-missing"))
            }
            #expect(orphan.code == "ErrorClusterNotFound")
        }
    }

    @Test("KCE: created clusters build, then run; DescribeCluster pages with Marker and MaxResults; delete removes")
    func kce() async throws {
        let mock = try await SpecMockFixture.make(stateful: StatefulSettings(pollsToSettle: 1))
        try await SpecMockFixture.withServer(mock) { server in
            let kce = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            var ids: [String] = []
            for name in ["k1", "k2", "k3"] {
                var request = KCECreateClusterExample.request
                request.clusterName = name
                ids.append(try #require(try await kce.createCluster(request).clusterID))
            }
            #expect(ids.first == "00000000-0000-4000-8000-000000000001")
            let page1 = try await kce.describeCluster(.init(marker: 0, maxResults: 2))
            #expect(page1.clusterSet?.compactMap(\.clusterName) == ["k1", "k2"])
            #expect(page1.totalCount == 3 && page1.marker == 2 && page1.maxResults == 2)
            #expect(page1.clusterSet?.first?.status == "running")
            let page2 = try await kce.describeCluster(.init(marker: 2, maxResults: 2))
            #expect(page2.clusterSet?.compactMap(\.clusterID) == [ids[2]] && page2.marker == 0)
            let searched = try await kce.describeCluster(.init(search: "k2"))
            #expect(searched.clusterSet?.compactMap(\.clusterID) == [ids[1]])
            _ = try await kce.deleteCluster(.init(clusterID: ids[0]))
            #expect(try await kce.describeCluster(.init()).totalCount == 2)
            let again = try await #require(throws: ServiceError.self) {
                _ = try await kce.deleteCluster(.init(clusterID: ids[0]))
            }
            #expect(again.httpStatus == 400 && again.code == "InvalidParameterValue")
        }
    }

    @Test("KCE: a new cluster is building until its first listing settles it")
    func kceBuilding() async throws {
        let mock = try await SpecMockFixture.make(stateful: StatefulSettings(pollsToSettle: 2))
        try await SpecMockFixture.withServer(mock) { server in
            let kce = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let id = try #require(try await kce.createCluster(KCECreateClusterExample.request).clusterID)
            #expect(try await kce.describeCluster(.init(clusterID: id)).clusterSet?.first?.status == "building")
            #expect(try await kce.describeCluster(.init(clusterID: id)).clusterSet?.first?.status == "running")
        }
    }

    @Test("secondsToSettle ends a transitional state whatever the polls")
    func settleByTime() async throws {
        try await Self.withACK(polls: 100, seconds: 0) { ack, _ in
            let id = try #require(try await ack.createCluster(Self.create).clusterID)
            #expect(try await ack.describeClusterDetail(.init(clusterID: id)).state == "running")
        }
    }

    @Test("With an injected clock, a cluster settles once secondsToSettle have passed, not before")
    func injectedClock() async throws {
        let responder = try await SpecMockFixture.stateless().responder
        let now = Mutex(Date(timeIntervalSince1970: 1_700_000_000))
        let store = MockStore(settings: StatefulSettings(pollsToSettle: 100, secondsToSettle: 60)) {
            now.withLock { $0 }
        }
        let create = try #require(responder.operation(service: "ACK", operationID: "CreateCluster"))
        let describe = try #require(responder.operation(service: "ACK", operationID: "DescribeClusterDetail"))
        let created = try #require(
            store.respond(
                to: create,
                request: RecordedRequest(
                    method: "POST", target: "/clusters", headers: [:], body: Array(#"{"name":"t"}"#.utf8)),
                example: nil, requestID: "r1"))
        let id = try #require(
            try JSONValue.parse(String(decoding: created.body, as: UTF8.self))["cluster_id"]?.stringValue)
        let state = { () throws -> String? in
            let answer = store.respond(
                to: describe, request: RecordedRequest(method: "GET", target: "/clusters/\(id)", headers: [:]),
                example: nil, requestID: "r2")
            return try JSONValue.parse(String(decoding: answer?.body ?? [], as: UTF8.self))["state"]?.stringValue
        }
        now.withLock { $0 += 59 }
        #expect(try state() == "initial")
        now.withLock { $0 += 1 }
        #expect(try state() == "running")
    }

    @Test("Operations without state still answer with their examples")
    func fallback() async throws {
        try await Self.withACK { ack, _ in
            let resources = try await ack.describeClusterResources(.init(clusterID: "any"))
            #expect(!resources.body.isEmpty)
        }
    }
}
