import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import Synchronization
import Testing

/// Generated waiters polling real clients over the loopback server, with an instant clock.
@Suite("Waiters end to end")
struct WaiterEndToEndTests {
    func withScript(
        _ answers: [String], _ body: (MockServer, AnswerScript) async throws -> Void
    ) async throws {
        let script = AnswerScript(answers)
        try await MockServer.withServer(
            verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: { _ in .json(script.next()) },
            body: { try await body($0, script) })
    }

    @Test("ACK TaskFinished sees running, running, then success")
    func taskFinished() async throws {
        let answers = ["running", "running", "success", "fail"].map { #"{"task_id": "T-1", "state": "\#($0)"}"# }
        try await self.withScript(answers) { server, script in
            let ack = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let progress = ProgressRecorder()
            let task = try await ack.waitUntilTaskFinished(
                .init(taskID: "T-1"), options: PagingEndToEnd.options, progress: { progress.record($0) })
            #expect(task?.state == "success")
            #expect(script.served == 3)
            #expect(progress.states == ["running", "running"])
            #expect(progress.elapsed == [.zero, .seconds(10)])
            #expect(server.requests.allSatisfy { $0.path == "/tasks/T-1" && $0.signatureCheck?.isValid == true })
        }
    }

    @Test("ACK ClusterRunning: a failed cluster ends the wait with the failure state")
    func clusterFailed() async throws {
        let answers = ["initial", "failed"].map { #"{"cluster_id": "c1", "state": "\#($0)"}"# }
        try await self.withScript(answers) { server, _ in
            let ack = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            await #expect(throws: WaiterError.failureState(waiter: "ClusterRunning", state: "failed")) {
                _ = try await ack.waitUntilClusterRunning(.init(clusterID: "c1"), options: PagingEndToEnd.options)
            }
        }
    }

    @Test("ACK ClusterRunning times out with the last state seen")
    func clusterTimeout() async throws {
        try await self.withScript([#"{"cluster_id": "c1", "state": "initial"}"#]) { server, script in
            let ack = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let options = WaiterOptions(
                interval: .seconds(20), timeout: .seconds(60), clock: PagingEndToEnd.instantClock())
            let error = await #expect(throws: WaiterError.self) {
                _ = try await ack.waitUntilClusterRunning(.init(clusterID: "c1"), options: options)
            }
            #expect(
                error == .timedOut(waiter: "ClusterRunning", lastState: "initial", attempts: 4, elapsed: .seconds(60)))
            #expect(script.served == 4)
        }
    }

    @Test("ACK ClusterDeleted: deleting, then the 404 of a cluster that is gone counts as success")
    func clusterDeleted() async throws {
        let script = AnswerScript([#"{"cluster_id": "c1", "state": "deleting"}"#])
        let handler: MockServer.Handler = { _ in
            script.served == 0
                ? .json(script.next())
                : .ackError(status: 404, code: "ErrorClusterNotFound", message: "not found", requestID: "R-404")
        }
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: handler) {
            server in
            let configuration = ClientConfiguration(
                endpoint: server.baseURL, timeout: Timeout(connect: .seconds(5), request: .seconds(10)),
                retryPolicy: .none)
            let ack = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let response = try await ack.waitUntilClusterDeleted(
                .init(clusterID: "c1"), options: PagingEndToEnd.options)
            #expect(response == nil)
            #expect(server.requests.count == 2)
        }
    }

    @Test("KCE ClusterRunning waits until every listed cluster runs")
    func kceClusterRunning() async throws {
        let answers = ["building", "building", "running"].map {
            #"{"RequestId": "r", "ClusterSet": [{"ClusterId": "k1", "Status": "\#($0)"}], "TotalCount": 1}"#
        }
        try await self.withScript(answers) { server, script in
            let kce = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let response = try await kce.waitUntilClusterRunning(
                .init(clusterID: "k1"), options: PagingEndToEnd.options)
            #expect(response?.clusterSet?.first?.status == "running")
            #expect(script.served == 3)
            #expect(server.requests.allSatisfy { $0.formValue("ClusterId") == "k1" })
        }
    }

    @Test("from data alone: CreateCluster through the catalog, then the waiter that follows it")
    func catalogCallThenWait() async throws {
        let script = AnswerScript([
            #"{"cluster_id": "c-new", "task_id": "T-9", "request_id": "R-1"}"#,
            #"{"cluster_id": "c-new", "state": "initial"}"#,
            #"{"cluster_id": "c-new", "state": "running"}"#,
        ])
        try await MockServer.withServer(
            verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: { _ in .json(script.next()) }
        ) { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let create = try #require(ACK.operations.first { $0.name == "CreateCluster" })
            let parameters = Data(
                #"{"name": "demo", "cluster_type": "ManagedKubernetes", "region_id": "cn-beijing"}"#.utf8)
            let created = try await create.send(client.client, parameters)

            let (waiter, trigger) = try #require(ACK.waiters.following("CreateCluster"))
            #expect(waiter.name == "ClusterRunning")
            #expect(waiter.operation == "DescribeClusterDetail")
            let waitParameters = try trigger.waiterParameters(request: parameters, response: created)
            #expect(String(decoding: waitParameters, as: UTF8.self) == #"{"ClusterId":"c-new"}"#)
            let final = try await waiter.wait(client.client, waitParameters, PagingEndToEnd.options, nil)
            let state = try JSONDecoder().decode([String: JSONValue].self, from: final)["state"]
            #expect(state == .string("running"))
            #expect(server.requests.map(\.path) == ["/clusters", "/clusters/c-new", "/clusters/c-new"])
        }
    }

    @Test("every waiter of the catalogs names a real operation, and every trigger a real operation")
    func catalogsAreConsistent() {
        let services: [(String, [OperationCatalogEntry], [WaiterCatalogEntry])] = [
            ("ACK", ACK.operations, ACK.waiters), ("KCE", KCE.operations, KCE.waiters),
        ]
        for (service, operations, waiters) in services {
            let names = Set(operations.map(\.name))
            for waiter in waiters {
                #expect(names.contains(waiter.operation), "\(service).\(waiter.name)")
                for trigger in waiter.triggers {
                    #expect(names.contains(trigger.operation), "\(service).\(waiter.name)")
                }
            }
        }
        #expect(
            ACK.waiters.map(\.name).sorted() == [
                "ClusterDeleted", "ClusterRunning", "NodePoolActive", "NodePoolDeleted", "TaskFinished",
            ])
        #expect(KCE.waiters.map(\.name) == ["ClusterRunning"])
    }
}

/// Records what a waiter reports.
final class ProgressRecorder: Sendable {
    private let entries = Mutex<[WaiterProgress]>([])

    func record(_ progress: WaiterProgress) {
        self.entries.withLock { $0.append(progress) }
    }

    var states: [String?] { self.entries.withLock { $0.map(\.state) } }
    var elapsed: [Duration] { self.entries.withLock { $0.map(\.elapsed) } }
}
