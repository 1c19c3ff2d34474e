import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct EndToEndTests {
    private static let credentials = ["AKIDALIBABA": "alibaba-test-secret", "AKLTKINGSOFT": "kingsoft-test-secret"]

    @Test func sendsASignedAckRequestAndPrintsTheResponse() async throws {
        let body = #"{"cluster_id":"c1","name":"demo","current_version":"1.30.1","deletion_protection":true}"#
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json(body, headers: ["x-acs-request-id": "req-1"])
        } body: { server in
            let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment, transport: CurlTransport.shared)
            let output = await command.run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c1", "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 0, "\(output.standardError)")
            #expect(output.standardError.isEmpty)
            let request = try #require(server.requests.first)
            #expect(request.path == "/clusters/c1")
            #expect(request.signatureCheck?.isValid == true, "\(String(describing: request.signatureCheck))")
            let printed = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
            #expect(printed?["name"] as? String == "demo")
            #expect(printed?["current_version"] as? String == "1.30.1")
            #expect(output.standardOutput.contains("\n  "), "pretty-printed")
        }
    }

    @Test func printsAListingAsRowsThenTheScalarFields() async throws {
        let body = #"{"RequestId":"req-7","TotalCount":2,"ClusterSet":[{"ClusterId":"a"},{"ClusterId":"b"}]}"#
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json(body)
        } body: { server in
            let command = Fixture.cloudctl(environment: Fixture.kingsoftEnvironment, transport: CurlTransport.shared)
            let output = await command.run([
                "kce", "describe-cluster", "--MaxResults", "10", "--endpoint", server.baseURLString, "--output",
                "table",
            ])
            #expect(output.exitCode == 0, "\(output.standardError)")
            #expect(server.requests.first?.signatureCheck?.isValid == true)
            #expect(server.requests.first?.formValue("MaxResults") == "10")
            #expect(
                output.standardOutput
                    == "ClusterSet (2)\nClusterId\na\nb\n\nRequestId   req-7\nTotalCount  2\n")
        }
    }

    @Test func anAckErrorAnswerGoesToStandardErrorWithExitStatusOne() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .ackError(status: 404, code: "ErrorClusterNotFound", message: "cluster c9 not found", requestID: "req-404")
        } body: { server in
            let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment, transport: CurlTransport.shared)
            let output = await command.run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c9", "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 1)
            #expect(output.standardOutput.isEmpty)
            #expect(
                output.standardError == """
                    cloudctl: DescribeClusterDetail failed: HTTP 404
                      code:       ErrorClusterNotFound
                      message:    cluster c9 not found
                      request id: req-404

                    """)
        }
    }

    @Test func aKingsoftErrorAnswerNamesItsType() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .kingsoftError(status: 400, code: "InvalidParameterValue", message: "bad ClusterId", requestID: "req-400")
        } body: { server in
            let command = Fixture.cloudctl(environment: Fixture.kingsoftEnvironment, transport: CurlTransport.shared)
            let output = await command.run([
                "kce", "DescribeCluster", "--ClusterId", "x", "--endpoint", server.baseURLString,
            ])
            #expect(output.exitCode == 1)
            for fragment in [
                "HTTP 400", "code:       InvalidParameterValue", "type:       Sender", "bad ClusterId", "req-400",
            ] {
                #expect(output.standardError.contains(fragment), "missing \(fragment) in \(output.standardError)")
            }
        }
    }

    @Test func aRealSendWithoutCredentialsFailsBeforeSending() async throws {
        try await MockServer.withServer { _ in
            .json("{}")
        } body: { server in
            let command = Fixture.cloudctl(environment: [:], transport: CurlTransport.shared)
            let output = await command.run(["kcr", "--help"])
            #expect(output.exitCode == 0)
            let call = await command.run([
                "ack", "DescribeClusterDetail", "--ClusterId", "c1", "--endpoint", server.baseURLString,
            ])
            #expect(call.exitCode == 1)
            #expect(call.standardError.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"))
            #expect(server.requests.isEmpty)
        }
    }
}
