import CloudRuntime
import Testing

@Suite struct ServiceClientLoggingTests {
    @Test func oneLinePerRequestAndResponseWithoutSecrets() async throws {
        let store = CapturingLogHandler.Store()
        let transport = RecordingTransport(status: 200, headers: ["x-acs-request-id": "RID-9"], body: "{}")
        let client = TestService.client(
            TestService.kce,
            configuration: TestService.configuration(rpcMethod: .get, logger: CapturingLogHandler.logger(store)),
            transport: transport)

        let _: TestService.DescribeClusterResponse = try await client.send(
            TestService.DescribeCluster(search: "web", password: "hunter2"), operation: TestService.DescribeCluster.operation)

        let lines = store.captured
        #expect(lines.map(\.message) == ["request", "response"])
        #expect(lines.allSatisfy { $0.level == .debug })
        let request = try #require(lines.first)
        #expect(request.metadata["operation"] == "DescribeCluster")
        #expect(request.metadata["method"] == "GET")
        #expect(request.metadata["host"] == "127.0.0.1:8080")
        #expect(request.metadata["path"] == "/")
        #expect(request.metadata["query"]?.contains("Search=web") == true)
        #expect(request.metadata["query"]?.contains("InstancePassword=<redacted>") == true)
        let response = try #require(lines.last)
        #expect(response.metadata["status"] == "200")
        #expect(response.metadata["request_id"] == "RID-9")
        #expect(response.metadata["duration_ms"].flatMap { Int($0) } != nil)

        let sent = try #require(transport.requests.first)
        let authorization = try #require(sent.headers["Authorization"])
        let signature = try #require(authorization.split(separator: "Signature=").last)
        for line in lines {
            #expect(!line.rendered.contains("hunter2"))
            #expect(!line.rendered.contains("TOP-SECRET-KEY"))
            #expect(!line.rendered.contains(signature))
            #expect(!line.rendered.contains("Authorization"))
        }
    }

    @Test func transportFailureIsLogged() async throws {
        let store = CapturingLogHandler.Store()
        let transport = RecordingTransport { _ in throw TransportError(kind: .connectFailed, curlCode: 7, message: "refused") }
        let client = TestService.client(
            configuration: TestService.configuration(logger: CapturingLogHandler.logger(store)), transport: transport)

        await #expect(throws: TransportError.self) {
            let _: TestService.ClusterDetail = try await client.send(
                TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
        }

        // A connect failure is retried: three attempts, each logged, then the reason for giving up.
        #expect(store.captured.map(\.message) == [
            "request", "no response", "retry", "request", "no response", "retry", "request", "no response",
            "no more retries",
        ])
        #expect(store.captured.filter { $0.message == "no response" }.map { $0.metadata["error"] } == Array(repeating: "connect failed", count: 3))
        #expect(store.captured.filter { $0.message == "request" }.map { $0.metadata["attempt"] } == ["1", "2", "3"])
        #expect(store.captured.last?.metadata["reason"] == "3 attempts made")
    }
}
