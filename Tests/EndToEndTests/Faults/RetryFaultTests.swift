import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import Testing

/// Retries end to end: generated clients, the real curl transport, a mock server that misbehaves on cue.
@Suite("Retry faults end to end")
struct RetryFaultTests {
    private static let verifying = [EndToEnd.accessKeyID: EndToEnd.secret]
    private static let clusterJSON = #"{"cluster_id":"c-ok","state":"running"}"#
    private static let createdJSON = #"{"cluster_id":"c-new","request_id":"req-ok","task_id":"T-1"}"#

    private func describe(_ client: ACKClient) async throws -> ACK.DescribeClusterDetailResponse {
        try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-ok"))
    }

    private func create(_ client: ACKClient) async throws -> ACK.CreateClusterResponse {
        try await client.createCluster(
            ACK.CreateClusterRequest(name: "faulty", regionID: "cn-beijing", clusterType: "ManagedKubernetes"))
    }

    @Test("503 then success: two signed attempts reach the server, each with its own nonce")
    func unavailableThenSuccess() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            request.sequenceNumber == 1
                ? .ackError(status: 503, code: "ServiceUnavailable", message: "busy", requestID: "req-503")
                : .json(Self.clusterJSON)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            let detail = try await describe(client)
            #expect(detail.clusterID == "c-ok")
            let requests = server.requests
            #expect(requests.count == 2)
            #expect(requests.allSatisfy { $0.signatureCheck?.isValid == true })
            #expect(Set(requests.compactMap { $0.header("x-acs-signature-nonce") }).count == 2)
            #expect(sleeper.waits.count == 1)
        }
    }

    @Test("429 with Retry-After: 1 waits one second before the second attempt")
    func tooManyRequestsHonoursRetryAfter() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            request.sequenceNumber == 1
                ? .json(
                    #"{"code":"TooManyRequests","message":"slow down"}"#, status: 429, headers: ["Retry-After": "1"])
                : .json(Self.clusterJSON)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            _ = try await describe(client)
            #expect(server.requests.count == 2)
            #expect(sleeper.waits == [.seconds(1)])
        }
    }

    @Test("A real wait for Retry-After is bounded by the policy's max delay")
    func realWaitBoundedByMaxDelay() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            request.sequenceNumber == 1
                ? .json(#"{"code":"Throttling"}"#, status: 429, headers: ["Retry-After": "30"])
                : .json(Self.clusterJSON)
        } body: { server in
            var configuration = EndToEnd.configuration(server)
            configuration.retryPolicy = RetryPolicy(maxDelay: .milliseconds(150))
            let client = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let started = ContinuousClock.now
            _ = try await describe(client)
            #expect(ContinuousClock.now - started >= .milliseconds(150))
            #expect(server.requests.count == 2)
        }
    }

    @Test("ACK CreateCluster (POST) answered 503 is not retried: it may have been processed")
    func nonIdempotentNotRetried() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .ackError(status: 503, code: "ServiceUnavailable", message: "busy", requestID: "req-503")
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            do {
                _ = try await create(client)
                Issue.record("expected a ServiceError")
            } catch let error as ServiceError {
                #expect(error.httpStatus == 503)
                #expect(error.attempts == 1)
                #expect(error.operation == "CreateCluster")
            }
            #expect(try EndToEnd.onlyRequest(server).method == "POST")
            #expect(sleeper.waits.isEmpty)
        }
    }

    @Test("A refused connection is retried even for a POST: nothing was sent")
    func connectionRefusedThenSuccess() async throws {
        let refused = try Faults.RefusedPort()
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .json(Self.createdJSON)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials,
                transport: Faults.RefusingFirst(count: 1, refusing: refused))
            let created = try await create(client)
            #expect(created.clusterID == "c-new")
            let received = try EndToEnd.onlyRequest(server)
            #expect(received.method == "POST")
            #expect(received.signatureCheck?.isValid == true)
            #expect(sleeper.waits.count == 1)
        }
    }

    @Test("Refused every time: the TransportError says how many attempts were made")
    func connectionRefusedExhausted() async throws {
        let refused = try Faults.RefusedPort()
        try await MockServer.withServer { _ in
            .json(Self.createdJSON)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials,
                transport: Faults.RefusingFirst(count: 10, refusing: refused))
            do {
                _ = try await create(client)
                Issue.record("expected a TransportError")
            } catch let error as TransportError {
                #expect(error.kind == .connectFailed)
                #expect(error.attempts == 3)
                #expect(error.description.contains("attempts: 3"))
            }
            #expect(server.requests.isEmpty)
            #expect(sleeper.waits.count == 2)
        }
    }

    @Test("Throttling.User with 400 is retried, also for a POST")
    func throttlingCodeRetried() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            request.sequenceNumber == 1
                ? .ackError(
                    status: 400, code: "Throttling.User", message: "Request was denied due to user flow control.",
                    requestID: "req-t")
                : .json(Self.createdJSON)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            let created = try await create(client)
            #expect(created.clusterID == "c-new")
            #expect(server.requests.count == 2)
        }
    }

    @Test("Kingsoft LimitExceeded (409) is retried, with x-acs-retry-after read as milliseconds")
    func kingsoftLimitExceeded() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { request in
            guard request.sequenceNumber > 1 else {
                var answer = MockResponse.kingsoftError(
                    status: 409, code: "LimitExceeded", message: "flow control", requestID: "ks-409")
                answer.headers.add(name: "x-acs-retry-after", value: "250")
                return answer
            }
            return .json(#"{"RequestId":"ks-ok","ClusterSet":[],"TotalCount":0}"#)
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = KCEClient(
                configuration: Faults.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            _ = try await client.describeCluster()
            #expect(server.requests.count == 2)
            #expect(sleeper.waits == [.milliseconds(250)])
        }
    }

    @Test("The .none policy makes exactly one attempt")
    func noneMakesOneAttempt() async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            .ackError(status: 503, code: "ServiceUnavailable", message: "busy", requestID: "req-503")
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Faults.configuration(server, sleeper: sleeper, policy: .none),
                credentials: EndToEnd.credentials)
            do {
                _ = try await describe(client)
                Issue.record("expected a ServiceError")
            } catch let error as ServiceError {
                #expect(error.attempts == 1)
            }
            #expect(server.requests.count == 1)
            #expect(sleeper.waits.isEmpty)
        }
    }
}
