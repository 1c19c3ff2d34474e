@_spi(Generated) import CloudRuntime
import Foundation
import Testing

/// What callers may get wrong: header values with line breaks, path parameters that look like paths,
/// enum values the spec does not list. Each is refused before anything is sent, with an error that
/// names the problem and never the secret, or is encoded so the server sees exactly the value.
@Suite struct BadInputTests {
    private func client(
        _ server: LoopbackServer, userAgent: String = "test-agent", credentials: StaticCredentialsProvider = TestService.credentials
    ) -> ServiceClient {
        var configuration = TestService.configuration(endpoint: server.url(""), retryPolicy: .none)
        configuration.userAgent = userAgent
        return ServiceClient(
            service: TestService.ack, configuration: configuration, credentials: credentials, transport: CurlTransport.shared)
    }

    private static func okServer() throws -> LoopbackServer {
        try LoopbackServer { _ in .respond(status: 200, body: Array(#"{"cluster_id":"c1"}"#.utf8)) }
    }

    @Test(arguments: ["agent\r\nX-Injected: 1", "agent\nX-Injected: 1", "agent\r", "agent\u{0}"])
    func headerValueWithALineBreakIsRefusedBeforeSending(userAgent: String) async throws {
        let server = try Self.okServer()
        defer { server.stop() }
        let request = TestService.DescribeClusterDetail(clusterID: "c1")

        let error = await #expect(throws: TransportError.self) {
            let _: TestService.ClusterDetail = try await self.client(server, userAgent: userAgent)
                .send(request, operation: TestService.DescribeClusterDetail.operation)
        }

        #expect(error?.kind == .invalidRequest)
        #expect(error?.description.contains("header 'User-Agent' contains a line break") == true, "\(String(describing: error))")
        #expect(server.requests.isEmpty)
    }

    @Test func securityTokenWithALineBreakIsRefusedWithoutShowingIt() async throws {
        let server = try Self.okServer()
        defer { server.stop() }
        let token = "sts-token-VALUE\r\nX-Injected: 1"
        let credentials = StaticCredentialsProvider(
            accessKeyID: "AKIDEXAMPLE", accessKeySecret: "TOP-SECRET-KEY", securityToken: token)
        let request = TestService.DescribeClusterDetail(clusterID: "c1")

        let error = await #expect(throws: SigningError.self) {
            let _: TestService.ClusterDetail = try await self.client(server, credentials: credentials)
                .send(request, operation: TestService.DescribeClusterDetail.operation)
        }

        let text = String(describing: error)
        #expect(text.contains("security token contains a line break"), "\(text)")
        #expect(!text.contains("sts-token-VALUE") && !text.contains("TOP-SECRET-KEY"))
        #expect(server.requests.isEmpty)
    }

    @Test(arguments: [
        ("c/1", "/clusters/c%2F1"),
        ("../nodes", "/clusters/..%2Fnodes"),
        ("100%", "/clusters/100%25"),
        ("a b?c#d", "/clusters/a%20b%3Fc%23d"),
        ("集群-ü", "/clusters/%E9%9B%86%E7%BE%A4-%C3%BC"),
        ("%2e%2e", "/clusters/%252e%252e"),
    ])
    func pathParameterArrivesEncodedAsOneSegment(value: String, path: String) async throws {
        let server = try Self.okServer()
        defer { server.stop() }
        let request = TestService.DescribeClusterDetail(clusterID: value)

        let _: TestService.ClusterDetail = try await self.client(server)
            .send(request, operation: TestService.DescribeClusterDetail.operation)

        #expect(server.requests.map(\.target) == [path])
    }

    @Test(arguments: [".", ".."])
    func dotSegmentsAsAPathParameterAreRefused(value: String) async throws {
        let server = try Self.okServer()
        defer { server.stop() }
        let request = TestService.DescribeClusterDetail(clusterID: value)

        let error = await #expect(throws: RequestEncodingError.self) {
            let _: TestService.ClusterDetail = try await self.client(server)
                .send(request, operation: TestService.DescribeClusterDetail.operation)
        }

        #expect(error?.parameter == "ClusterId")
        #expect(error?.message.contains("would change the path") == true)
        #expect(server.requests.isEmpty)
    }

    /// Enums stay open on the client: a value the spec does not list is sent as given (the service
    /// decides), and decodes back unchanged rather than failing the whole response.
    @Test func unlistedEnumValueIsSentAsGivenAndDecodesBack() throws {
        struct Kind: ExtensibleEnum {
            var rawValue: String
            init(rawValue: String) { self.rawValue = rawValue }
            static let kubernetes = Kind(rawValue: "Kubernetes")
            static let allCases: [Kind] = [.kubernetes]
        }
        var encoder = RPCParameterEncoder()
        try encoder.encode(Kind(rawValue: "Future Kind&x=1"), forKey: "ClusterType")
        #expect(PercentEncoding.encodeQuery(encoder.items) == "ClusterType=Future%20Kind%26x%3D1")

        let decoded = try JSONDecoder().decode([Kind].self, from: Data(#"["Kubernetes","NewType"]"#.utf8))
        #expect(decoded == [.kubernetes, Kind(rawValue: "NewType")])
    }
}
