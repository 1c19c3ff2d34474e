import CloudRuntime
import Foundation
import Testing

/// The default `User-Agent` names the SDK, its version and platform, and reaches the wire.
@Suite struct UserAgentTests {
    @Test func defaultUserAgentNamesTheSDKVersionAndPlatform() {
        let agent = ClientConfiguration.defaultUserAgent
        #expect(agent == "CloudSDK-Swift/\(SDKVersion.current) (\(SDKVersion.platform))")
        #expect(SDKVersion.current.split(separator: ".").count == 3)
        #if os(Linux) && arch(x86_64)
            #expect(SDKVersion.platform == "Linux; x86_64")
        #endif
    }

    @Test func aClientConfiguredWithoutOneSendsTheDefault() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"cluster_id":"c1"}"#)
        // No userAgent argument: the header can only come from the default.
        let configuration = ClientConfiguration(
            endpoint: URL(string: "http://127.0.0.1:8080"), clock: { TestService.fixedDate }, nonce: { "n-1" })
        let client = TestService.client(configuration: configuration, transport: transport)
        let _: TestService.ClusterDetail = try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
        let sent = try #require(transport.requests.first?.headers["User-Agent"])
        #expect(sent.hasPrefix("CloudSDK-Swift/0."), "\(sent)")
        #if os(Linux) && arch(x86_64)
            #expect(sent.hasSuffix(" (Linux; x86_64)"), "\(sent)")
        #endif
    }
}
