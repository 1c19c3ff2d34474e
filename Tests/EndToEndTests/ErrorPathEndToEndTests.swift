import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import Testing

/// The call under test succeeded although it should have failed.
private struct UnexpectedSuccess: Error, CustomStringConvertible {
    var description: String { "expected a ServiceError, the call succeeded" }
}

/// Failures through the generated clients and real transport: typed errors with every field, and no secret in any text.
@Suite("Error paths end to end")
struct ErrorPathEndToEndTests {
    private static let wrongSecret = "e2e-wrong-secret-55c0aa"

    /// Expects that no secret appears in anything an error prints.
    private func expectNoSecret(_ error: any Error, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = [String(describing: error), String(reflecting: error), error.localizedDescription]
        for text in texts {
            #expect(!text.contains(EndToEnd.secret), sourceLocation: sourceLocation)
            #expect(!text.contains(Self.wrongSecret), sourceLocation: sourceLocation)
        }
    }

    private func serviceError(_ body: () async throws -> Void) async throws -> ServiceError {
        do {
            try await body()
        } catch let error as ServiceError {
            expectNoSecret(error)
            return error
        }
        throw UnexpectedSuccess()
    }

    @Test("ACK vendor error: status, code, message, request ID and operation")
    func ackVendorError() async throws {
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret]) { _ in
            .ackError(
                status: 400, code: "ErrorClusterNotFound", message: "cluster c-missing not found",
                requestID: "AB12CD34-0000-4000-8000-000000000001")
        } body: { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let error = try await serviceError {
                _ = try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-missing"))
            }
            #expect(error.httpStatus == 400)
            #expect(error.code == "ErrorClusterNotFound")
            #expect(error.message == "cluster c-missing not found")
            #expect(error.requestID == "AB12CD34-0000-4000-8000-000000000001")
            #expect(error.operation == "DescribeClusterDetail")
            #expect(try EndToEnd.onlyRequest(server).signatureCheck?.isValid == true)
        }
    }

    @Test("Kingsoft vendor error: 403 SignatureDoesNotMatch with type, request ID and operation")
    func kingsoftVendorError() async throws {
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret]) { _ in
            .kingsoftError(
                status: 403, code: "SignatureDoesNotMatch", message: "The request signature does not match.",
                requestID: "ks-req-403")
        } body: { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let error = try await serviceError { _ = try await client.describeCluster() }
            #expect(error.httpStatus == 403)
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.message == "The request signature does not match.")
            #expect(error.requestID == "ks-req-403")
            #expect(error.errorType == "Sender")
            #expect(error.operation == "DescribeCluster")
        }
    }

    @Test(
        "A wrong secret is rejected by the verifying server",
        arguments: [SignatureAlgorithm.acsHMACSHA1, .acs3HMACSHA256, .aws4HMACSHA256])
    func wrongSecret(algorithm: SignatureAlgorithm) async throws {
        try await EndToEnd.withSpecServer { server in
            let credentials = StaticCredentialsProvider(
                accessKeyID: EndToEnd.accessKeyID, accessKeySecret: Self.wrongSecret)
            let error: ServiceError
            let expectedStatus: Int
            if algorithm == .aws4HMACSHA256 {
                // Kingsoft's gateway answers 403, Alibaba's 400.
                let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: credentials)
                error = try await serviceError { _ = try await client.describeCluster() }
                expectedStatus = 403
                #expect(error.operation == "DescribeCluster")
            } else {
                let client = ACKClient(
                    configuration: EndToEnd.configuration(server, algorithm: algorithm), credentials: credentials)
                error = try await serviceError {
                    _ = try await client.describeTaskInfo(ACK.DescribeTaskInfoRequest(taskID: "T-1"))
                }
                expectedStatus = 400
                #expect(error.operation == "DescribeTaskInfo")
            }
            let received = try EndToEnd.onlyRequest(server)
            #expect(received.signatureCheck?.isValid == false)
            #expect(error.httpStatus == expectedStatus)
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.requestID == "mock-request-\(received.sequenceNumber)")
            #expect(error.message?.isEmpty == false)
        }
    }

    @Test("A stalled server and a short request timeout give TransportError timed out")
    func stalledServer() async throws {
        try await MockServer.withServer { _ in .stall(seconds: 120) } body: { server in
            let client = ACKClient(
                configuration: EndToEnd.configuration(
                    server, timeout: Timeout(connect: .seconds(2), request: .milliseconds(300))),
                credentials: EndToEnd.credentials)
            let started = ContinuousClock.now
            do {
                _ = try await client.describeTaskInfo(ACK.DescribeTaskInfoRequest(taskID: "T-stall"))
                Issue.record("expected a timeout")
            } catch let error as TransportError {
                #expect(error.kind == .timedOut)
                #expect(error.operation == "DescribeTaskInfo")
                #expect(error.host == "127.0.0.1")
                expectNoSecret(error)
            }
            // Below the 120 s stall: the client gave up on its own limit (a server closing the connection
            // would not be a timeout). Only that is asserted: this task can resume a minute late when the
            // per-operation suites fill the 2-thread cooperative pool.
            #expect(ContinuousClock.now - started < .seconds(110))
        }
    }

    @Test("A non-JSON 502 page becomes a ServiceError with status 502 and the page text")
    func badGateway() async throws {
        try await MockServer.withServer { _ in
            .text("<html><body><h1>502 Bad Gateway</h1></body></html>", status: 502)
        } body: { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let error = try await serviceError { _ = try await client.describeCluster() }
            #expect(error.httpStatus == 502)
            #expect(error.code == nil)
            #expect(error.message?.contains("502 Bad Gateway") == true)
            #expect(error.operation == "DescribeCluster")
        }
    }

    @Test("A missing required parameter gets the mock's MissingParameter, through the client")
    func missingParameter() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let error = try await serviceError {
                _ = try await client.describeClusterInstance(KCE.DescribeClusterInstanceRequest(clusterID: ""))
            }
            #expect(error.httpStatus == 400)
            #expect(error.code == "MissingParameter")
            #expect(error.message?.contains("ClusterId") == true)
            #expect(try EndToEnd.onlyRequest(server).signatureCheck?.isValid == true)
        }
    }
}
