import CloudRuntime
import Foundation
import Logging
import Synchronization
import Testing

/// How a client reads answers that differ from the spec: drift goes to the handler stamped with the
/// call; strict mode fails the call; errors keep the body.
@Suite struct ServiceClientDriftTests {
    private let request = TestService.DescribeClusterDetail(clusterID: "c1")
    private let operation = TestService.DescribeClusterDetail.operation
    private let driftingBody = #"{"cluster_id":7,"state":"running","zone":"b"}"#

    private func configuration(handler: DriftHandler?, logger: Logger = Logger(label: "test")) -> ClientConfiguration {
        var configuration = TestService.configuration(logger: logger)
        configuration.driftHandler = handler
        return configuration
    }

    @Test func driftGoesToTheHandlerStampedWithTheCall() async throws {
        let received = Mutex<[[ResponseDrift]]>([])
        let transport = RecordingTransport(status: 200, headers: ["x-acs-request-id": "RID-1"], body: self.driftingBody)
        let client = TestService.client(
            configuration: self.configuration(
                handler: DriftHandler { drift in received.withLock { $0.append(drift) } }),
            transport: transport)

        let response: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)

        #expect(response.clusterID == "7")
        #expect(response.state == "running")
        let calls = received.withLock { $0 }
        #expect(
            calls == [
                [
                    ResponseDrift(
                        service: "ACK", operation: "DescribeClusterDetail", path: "$.cluster_id", kind: .coercedType,
                        declared: "string", observed: "integer", requestID: "RID-1")
                ]
            ])
    }

    @Test func anAnswerWithoutDriftCallsNoHandler() async throws {
        let received = Mutex(0)
        let transport = RecordingTransport(status: 200, body: #"{"cluster_id":"c1"}"#)
        let client = TestService.client(
            configuration: self.configuration(handler: DriftHandler { _ in received.withLock { $0 += 1 } }),
            transport: transport)
        let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)
        #expect(received.withLock { $0 } == 0)
    }

    @Test func strictModeFailsTheCallAndKeepsTheBody() async throws {
        let transport = RecordingTransport(status: 200, headers: ["x-acs-request-id": "RID-2"], body: self.driftingBody)
        var configuration = self.configuration(handler: .ignoring)
        configuration.decodingMode = .strict
        let client = TestService.client(configuration: configuration, transport: transport)

        let error = await #expect(throws: ResponseDecodingError.self) {
            let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)
        }
        #expect(error?.drift?.kind == .coercedType)
        #expect(error?.drift?.path == "$.cluster_id")
        #expect(error?.drift?.operation == "DescribeClusterDetail")
        #expect(error?.requestID == "RID-2")
        #expect(error?.body == Array(self.driftingBody.utf8))
        #expect(error?.isBodyTruncated == false)
        #expect(error.map { !$0.description.contains("running") } == true)
    }

    @Test func aCallCanBeStrictOnItsOwnAndTolerantOnItsOwn() async throws {
        let transport = RecordingTransport(status: 200, body: self.driftingBody)
        let tolerantClient = TestService.client(
            configuration: self.configuration(handler: .ignoring), transport: transport)
        await #expect(throws: ResponseDecodingError.self) {
            let _: TestService.ClusterDetail = try await tolerantClient.send(
                self.request, operation: self.operation, options: CallOptions(decodingMode: .strict))
        }
        var strict = self.configuration(handler: .ignoring)
        strict.decodingMode = .strict
        let strictClient = TestService.client(configuration: strict, transport: transport)
        let response: TestService.ClusterDetail = try await strictClient.send(
            self.request, operation: self.operation, options: CallOptions(decodingMode: .tolerant))
        #expect(response.clusterID == "7")
    }

    @Test func aBodyThatIsNotJSONIsAnErrorThatKeepsTheBody() async throws {
        let body = String(repeating: "<html>", count: 200_000)
        let transport = RecordingTransport(status: 200, body: body)
        let client = TestService.client(configuration: self.configuration(handler: .ignoring), transport: transport)

        let error = await #expect(throws: ResponseDecodingError.self) {
            let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)
        }
        #expect(error?.underlying == "not JSON at byte 0: expected a value")
        #expect(error?.body.count == ResponseDecodingError.bodyLimit)
        #expect(error?.isBodyTruncated == true)
        #expect(error?.drift == nil)
    }

    @Test func theDefaultLogsEachDistinctDifferenceOnceAtNotice() async throws {
        let log = CapturingLogHandler.Store()
        let logger = CapturingLogHandler.logger(log)
        let transport = RecordingTransport(status: 200, body: self.driftingBody)
        let client = TestService.client(
            configuration: self.configuration(handler: nil, logger: logger), transport: transport)

        for _ in 0..<3 {
            let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)
        }

        let lines = log.captured.filter { $0.message == "answer differs from the spec" }
        #expect(lines.count == 1)
        #expect(lines.first?.level == .notice)
        #expect(lines.first?.metadata["path"] == "$.cluster_id")
        #expect(lines.first?.metadata["kind"] == "coerced-type")
        #expect(lines.first?.metadata["operation"] == "DescribeClusterDetail")
    }

    @Test func theFileRecorderWritesOneJSONObjectPerLine() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("drift-\(UUID().uuidString).ndjson")
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = RecordingTransport(status: 200, headers: ["x-acs-request-id": "RID-3"], body: self.driftingBody)
        let client = TestService.client(
            configuration: self.configuration(handler: try .recordingNDJSON(to: file)), transport: transport)

        let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)
        let _: TestService.ClusterDetail = try await client.send(self.request, operation: self.operation)

        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        let expected =
            #"{"count":1,"declared":"string","kind":"coerced-type","observed":"integer","operation":"DescribeClusterDetail","path":"$.cluster_id","requestId":"RID-3","service":"ACK"}"#
        #expect(lines == [Substring(expected), Substring(expected)])
    }
}
