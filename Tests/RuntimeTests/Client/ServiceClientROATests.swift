@_spi(Generated) import CloudRuntime
import Foundation
import Testing

@Suite struct ServiceClientROATests {
    @Test func getBuildsMethodPathQueryAndHeaders() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"cluster_id":"c 1/x","state":"running"}"#)
        let client = TestService.client(transport: transport)

        let response: TestService.ClusterDetail = try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c 1/x", name: "a&b"),
            operation: TestService.DescribeClusterDetail.operation)

        #expect(response.clusterID == "c 1/x")
        #expect(response.state == "running")
        let sent = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(sent.method == .get)
        #expect(sent.scheme == "http")
        #expect(sent.host == "127.0.0.1")
        #expect(sent.port == 8080)
        #expect(sent.path == "/clusters/c%201%2Fx")
        #expect(sent.query == [QueryItem(name: "name", value: "a&b")])
        #expect(sent.body.isEmpty)
        #expect(sent.headers["Content-Type"] == nil)
        let names = sent.headers.map(\.name)
        #expect(Array(names.prefix(4)) == ["Accept", "x-acs-version", "x-acs-action", "User-Agent"])
        #expect(sent.headers["Accept"] == "application/json")
        #expect(sent.headers["x-acs-version"] == "2015-12-15")
        #expect(sent.headers["x-acs-action"] == "DescribeClusterDetail")
        #expect(sent.headers["User-Agent"] == "test-agent")
        // Signed with the service's default algorithm, ACS v1.
        #expect(sent.headers["Authorization"]?.hasPrefix("acs AKIDEXAMPLE:") == true)
        #expect(sent.headers["x-acs-signature-nonce"] == "nonce-1")
    }

    @Test func postSendsTheJSONBody() async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = TestService.client(transport: transport)

        let _: TestService.ClusterDetail = try await client.send(
            TestService.CreateCluster(name: "prod", size: 3), operation: TestService.CreateCluster.operation)

        let sent = try #require(transport.requests.first)
        #expect(sent.method == .post)
        #expect(sent.path == "/clusters")
        #expect(sent.query.isEmpty)
        #expect(sent.body == Array(#"{"name":"prod","size":3}"#.utf8))
        #expect(sent.headers["Content-Type"] == "application/json")
        #expect(sent.headers["x-acs-action"] == "CreateCluster")
    }

    @Test func regionalEndpointAndRegionOverride() async throws {
        let client = TestService.client(
            configuration: TestService.configuration(endpoint: nil, region: "cn-beijing"), transport: RecordingTransport())

        let prepared = try await client.prepare(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)

        #expect(prepared.url?.absoluteString == "https://cs.cn-beijing.aliyuncs.com/clusters/c1")
        #expect(prepared.port == nil)
    }

    @Test func defaultRegionAndEndpointPathPrefix() async throws {
        let defaultRegion = TestService.client(
            configuration: TestService.configuration(endpoint: nil), transport: RecordingTransport())
        let prefixed = TestService.client(
            configuration: TestService.configuration(endpoint: "https://proxy.example.com:8443/cs/"),
            transport: RecordingTransport())
        let request = TestService.DescribeClusterDetail(clusterID: "c1")

        let viaDefault = try await defaultRegion.prepare(request, operation: TestService.DescribeClusterDetail.operation)
        let viaPrefix = try await prefixed.prepare(request, operation: TestService.DescribeClusterDetail.operation)

        #expect(viaDefault.host == "cs.cn-hangzhou.aliyuncs.com")
        #expect(viaPrefix.url?.absoluteString == "https://proxy.example.com:8443/cs/clusters/c1")
    }

    @Test func ipv6EndpointKeepsItsBrackets() async throws {
        let client = TestService.client(
            configuration: TestService.configuration(endpoint: "http://[::1]:8080"), transport: RecordingTransport())

        let prepared = try await client.prepare(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)

        #expect(prepared.authority == "[::1]:8080")
        #expect(prepared.url?.absoluteString == "http://[::1]:8080/clusters/c1")
    }

    @Test(arguments: ["cn hangzhou", "evil.com/x", "", "cn-hangzhou?x=1"])
    func invalidRegionIsRejectedBeforeSending(region: String) async throws {
        let transport = RecordingTransport()
        let client = TestService.client(
            configuration: TestService.configuration(endpoint: nil, region: region), transport: transport)

        let error = await #expect(throws: ClientError.self) {
            let _: TestService.ClusterDetail = try await client.send(
                TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
        }

        #expect(error?.kind == .invalidRegion)
        #expect(error?.message.contains("letters, digits and dashes") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test func configuredAlgorithmMustBeOneTheServiceAccepts() async throws {
        let acs3 = TestService.client(
            configuration: TestService.configuration(signatureAlgorithm: .acs3HMACSHA256), transport: RecordingTransport())
        let aws4 = TestService.client(
            configuration: TestService.configuration(signatureAlgorithm: .aws4HMACSHA256), transport: RecordingTransport())
        let request = TestService.DescribeClusterDetail(clusterID: "c1")

        let signed = try await acs3.prepare(request, operation: TestService.DescribeClusterDetail.operation)
        let error = await #expect(throws: ClientError.self) {
            try await aws4.prepare(request, operation: TestService.DescribeClusterDetail.operation)
        }

        #expect(signed.headers["Authorization"]?.hasPrefix("ACS3-HMAC-SHA256 ") == true)
        #expect(error?.kind == .unsupportedSignatureAlgorithm)
    }

    @Test func prepareIsDeterministicWithInjectedClockAndNonce() async throws {
        let client = TestService.client(transport: RecordingTransport())
        let request = TestService.CreateCluster(name: "prod")

        let first = try await client.prepare(request, operation: TestService.CreateCluster.operation)
        let second = try await client.prepare(request, operation: TestService.CreateCluster.operation)

        #expect(first == second)
        #expect(first.headers["Date"] == "Thu, 01 Jan 2026 00:00:00 GMT")
    }

    @Test func missingPathParameterIsAnEncodingError() async throws {
        struct Broken: ROARequestEncodable {
            static let operation = OperationDescriptor(name: "Broken", method: .get, path: "/clusters/{ClusterId}")
            func encode(to request: inout ROARequestEncoder) throws {}
        }
        let transport = RecordingTransport()

        await #expect(throws: RequestEncodingError.self) {
            try await TestService.client(transport: transport).prepare(Broken(), operation: Broken.operation)
        }
        #expect(transport.requests.isEmpty)
    }
}
