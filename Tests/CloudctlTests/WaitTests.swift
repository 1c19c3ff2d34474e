import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization
import Testing

@testable import CloudctlCore

/// `--wait`: a call followed by the waiter the spec declares after it, or a waiter polling the
/// operation itself; progress lines; the waiter's errors.
@Suite struct WaitTests {
    private static let credentials = ["AKIDALIBABA": "alibaba-test-secret"]

    /// A clock whose sleep returns at once and only advances the time.
    private static func virtualClock() -> WaiterClock {
        let now = Mutex(Duration.zero)
        return WaiterClock(now: { now.withLock { $0 } }, sleep: { duration in now.withLock { $0 += duration } })
    }

    /// Collects what the progress line writes.
    private final class Written: Sendable {
        let text = Mutex("")
        func append(_ more: String) { self.text.withLock { $0 += more } }
    }

    private func command(written: Written, isTerminal: Bool = false) -> Cloudctl {
        var command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment, transport: CurlTransport.shared)
        command.progress = ProgressLine(isTerminal: isTerminal) { written.append($0) }
        command.waiterClock = Self.virtualClock()
        return command
    }

    /// A server that creates cluster `c-new` and answers DescribeClusterDetail with `states` in turn.
    private static func clusterServer(states: [String]) -> MockServer.Handler {
        let polls = Mutex(0)
        return { request in
            if request.method == "POST" && request.path == "/clusters" {
                return .json(#"{"cluster_id":"c-new","task_id":"T-1","request_id":"r-0"}"#)
            }
            let index = polls.withLock { count in
                defer { count += 1 }
                return count
            }
            let state = states[min(index, states.count - 1)]
            return .json(#"{"cluster_id":"c-new","state":"\#(state)"}"#)
        }
    }

    @Test func createClusterThenWaitsForItToRun() async throws {
        let written = Written()
        try await MockServer.withServer(
            verifying: Self.credentials, handler: Self.clusterServer(states: ["initial", "initial", "running"])
        ) { server in
            let output = await self.command(written: written).run([
                "ack", "CreateCluster", "--body",
                #"{"name":"demo","cluster_type":"ManagedKubernetes","region_id":"cn-beijing"}"#,
                "--wait", "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 0, "\(output.standardError)")
            #expect(
                server.requests.map { "\($0.method) \($0.path)" } == ["POST /clusters"]
                    + Array(repeating: "GET /clusters/c-new", count: 3))
            #expect(server.requests.allSatisfy { $0.signatureCheck?.isValid == true })
            // One JSON document: the call's response, the waiter, its last response.
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
            #expect(Set(document.keys) == ["response", "waiter", "final"])
            #expect((document["response"] as? [String: Any])?["task_id"] as? String == "T-1")
            #expect(document["waiter"] as? String == "ClusterRunning")
            #expect((document["final"] as? [String: Any])?["state"] as? String == "running")
            #expect(output.standardError == "cloudctl: ClusterRunning: reached after 30 s\n")
            #expect(
                written.text.withLock { $0 } == """
                    cloudctl: waiting for ClusterRunning: polling DescribeClusterDetail every 15 s, for up to 3600 s
                    cloudctl: waiting for ClusterRunning: poll 1, 0 s, state 'initial'
                    cloudctl: waiting for ClusterRunning: poll 2, 15 s, state 'initial'

                    """)
        }
    }

    @Test func aQuerySelectsFromTheOneDocument() async throws {
        try await MockServer.withServer(
            verifying: Self.credentials, handler: Self.clusterServer(states: ["initial", "running"])
        ) { server in
            let arguments = [
                "ack", "CreateCluster", "--body",
                #"{"name":"demo","cluster_type":"ManagedKubernetes","region_id":"cn-beijing"}"#,
                "--wait", "--endpoint", server.baseURLString, "--query", "final.state",
            ]
            let json = await self.command(written: Written()).run(arguments)
            #expect(json.exitCode == 0, "\(json.standardError)")
            #expect(json.standardOutput == "\"running\"\n")
        }
    }

    @Test func aNamedWaiterPollsTheOperationItself() async throws {
        let written = Written()
        try await MockServer.withServer(
            verifying: Self.credentials, handler: Self.clusterServer(states: ["deleting", "deleted"])
        ) { server in
            let output = await self.command(written: written, isTerminal: true).run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c-new", "--waiter", "cluster-deleted",
                "--wait-interval", "2",
                "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 0, "\(output.standardError)")
            #expect(server.requests.count == 2)
            #expect(output.standardError == "cloudctl: ClusterDeleted: reached after 2 s\n")
            // On a terminal each line replaces the previous one, and the last is ended before the result.
            let text = written.text.withLock { $0 }
            #expect(
                text.hasPrefix(
                    "\r\u{1B}[Kcloudctl: waiting for ClusterDeleted: polling DescribeClusterDetail every 2 s"))
            #expect(text.hasSuffix("\r\u{1B}[Kcloudctl: waiting for ClusterDeleted: poll 1, 0 s, state 'deleting'\n"))
        }
    }

    @Test func aFailureStateEndsTheWaitWithStatusOne() async throws {
        try await MockServer.withServer(
            verifying: Self.credentials, handler: Self.clusterServer(states: ["initial", "failed"])
        ) { server in
            let output = await self.command(written: Written()).run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c-new", "--waiter", "ClusterRunning",
                "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 1)
            #expect(
                output.standardError.contains("ClusterRunning: reached state 'failed', from which it cannot succeed"))
        }
    }

    @Test func theTimeoutEndsTheWaitWithTheLastState() async throws {
        try await MockServer.withServer(verifying: Self.credentials, handler: Self.clusterServer(states: ["initial"])) {
            server in
            let output = await self.command(written: Written()).run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c-new", "--waiter", "ClusterRunning",
                "--wait-timeout", "60", "--wait-interval", "20", "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 1)
            #expect(output.standardError.hasPrefix("cloudctl: ClusterRunning: gave up after 60 s and"))
            #expect(output.standardError.hasSuffix("polls; last state 'initial'\n"))
            #expect(server.requests.count >= 3 && server.requests.count <= 5)
        }
    }

    @Test(arguments: [
        (["ack", "DescribeClustersV1", "--wait"], "has no waiter to follow it"),
        (
            ["ack", "CreateCluster", "--waiter", "ClusterRuning"],
            "ack has no waiter 'ClusterRuning'; did you mean 'ClusterRunning'?"
        ),
        (["ack", "DescribeClusterDetail", "--wait"], "several waiters poll DescribeClusterDetail"),
        (
            ["ack", "DeleteCluster", "--ClusterId", "c1", "--waiter", "ClusterRunning"],
            "it cannot wait after DeleteCluster"
        ),
        (
            ["ack", "DeleteCluster", "--ClusterId", "c1", "--wait", "--dry-run"],
            "--wait and --dry-run cannot be combined"
        ),
        (
            ["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--wait-timeout", "-1"],
            "--wait-timeout must be a number of seconds"
        ),
    ])
    func waitMistakesAreUsageErrors(arguments: [String], message: String) async {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment).run(arguments)
        #expect(output.exitCode == 64)
        #expect(output.standardError.contains(message), "\(output.standardError)")
    }

    @Test func operationHelpNamesItsWaiters() async {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment).run([
            "ack", "CreateCluster", "--help",
        ])
        #expect(
            output.standardOutput.contains(
                "\nWaiters (--wait):\n  --waiter ClusterRunning  after the call, polls DescribeClusterDetail"))
    }
}
