import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import Testing

/// Writes that may already have taken effect are never sent twice, whatever breaks after the server read them.
@Suite("Non-idempotent writes are never duplicated")
struct WriteDuplicationFaultTests {
    private static let verifying = [EndToEnd.accessKeyID: EndToEnd.secret]
    private static let createdJSON = #"{"cluster_id":"c-new","request_id":"req-ok","task_id":"T-1"}"#

    /// The faults that strike after the server has the whole request.
    enum AfterReceipt: String, CaseIterable, CustomTestStringConvertible {
        case status500, status502, status503, status504, closeWithoutAnswer, resetMidBody, truncatedBody, stall

        var testDescription: String { self.rawValue }

        func response(_ whole: MockResponse) -> MockResponse {
            switch self {
            case .status500: .ackError(status: 500, code: "InternalError", message: "oops", requestID: "req-500")
            case .status502: .text("bad gateway", status: 502)
            case .status503: .ackError(status: 503, code: "ServiceUnavailable", message: "busy", requestID: "req-503")
            case .status504: .text("gateway timeout", status: 504)
            case .closeWithoutAnswer: .closeConnection
            case .resetMidBody: whole.truncatingBody(after: 5, reset: true)
            case .truncatedBody: whole.truncatingBody(after: 5)
            case .stall: .stall(seconds: 3)
            }
        }
    }

    private static func configuration(_ server: MockServer, sleeper: Faults.RecordingSleeper) -> ClientConfiguration {
        var configuration = Faults.configuration(server, sleeper: sleeper)
        // Short enough for the stalled case, long enough for a loaded machine.
        configuration.timeout = Timeout(connect: .seconds(2), request: .milliseconds(800))
        return configuration
    }

    /// Checks the error a failed write ended in: typed, one attempt.
    private static func expectSingleAttemptFailure(_ error: any Error, fault: AfterReceipt) {
        switch error {
        case let error as ServiceError:
            #expect(error.attempts == 1)
            #expect(error.httpStatus >= 500)
            if fault == .status503 { #expect(error.requestID == "req-503") }
        case let error as TransportError:
            #expect(error.attempts == 1)
            #expect(error.kind != .connectFailed)
            if fault == .stall { #expect(error.kind == .timedOut) }
        default:
            Issue.record("untyped error \(type(of: error)) for \(fault)")
        }
    }

    @Test("ACK CreateCluster (POST) reaches the server exactly once", arguments: AfterReceipt.allCases)
    func ackCreateCluster(fault: AfterReceipt) async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            fault.response(.json(Self.createdJSON))
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = ACKClient(
                configuration: Self.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            do {
                _ = try await client.createCluster(
                    ACK.CreateClusterRequest(name: "once", regionID: "cn-beijing", clusterType: "ManagedKubernetes"))
                Issue.record("expected an error for \(fault)")
            } catch {
                Self.expectSingleAttemptFailure(error, fault: fault)
            }
            #expect(server.requests.count == 1)
            #expect(server.requests.allSatisfy { $0.method == "POST" })
            #expect(sleeper.waits.isEmpty)
        }
    }

    @Test("KCE ModifyClusterInfo (an RPC write) reaches the server exactly once", arguments: AfterReceipt.allCases)
    func kceModifyClusterInfo(fault: AfterReceipt) async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            fault.response(.json(#"{"RequestId":"ks-ok"}"#))
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = KCEClient(
                configuration: Self.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            do {
                _ = try await client.modifyClusterInfo(KCE.ModifyClusterInfoRequest(clusterID: "c-1", clusterName: "n"))
                Issue.record("expected an error for \(fault)")
            } catch {
                Self.expectSingleAttemptFailure(error, fault: fault)
            }
            #expect(server.requests.count == 1)
            #expect(sleeper.waits.isEmpty)
        }
    }

    @Test(
        "The same faults on a read are retried up to the attempt limit",
        arguments: [AfterReceipt.status503, .resetMidBody])
    func readIsRetriedForContrast(fault: AfterReceipt) async throws {
        try await MockServer.withServer(verifying: Self.verifying) { _ in
            fault.response(.json(#"{"RequestId":"ks-ok","ClusterSet":[],"TotalCount":0}"#))
        } body: { server in
            let sleeper = Faults.RecordingSleeper()
            let client = KCEClient(
                configuration: Self.configuration(server, sleeper: sleeper), credentials: EndToEnd.credentials)
            await #expect(throws: (any Error).self) { _ = try await client.describeCluster() }
            #expect(server.requests.count == 3)
            #expect(sleeper.waits.count == 2)
        }
    }
}
