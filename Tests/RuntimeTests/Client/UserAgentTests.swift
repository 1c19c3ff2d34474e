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

    @Test func theDefaultIsSentUnlessConfigured() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"cluster_id":"c1"}"#)
        var configuration = TestService.configuration()
        configuration.userAgent = ClientConfiguration.defaultUserAgent
        let client = TestService.client(configuration: configuration, transport: transport)
        let _: TestService.ClusterDetail = try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
        #expect(transport.requests.first?.headers["User-Agent"] == ClientConfiguration.defaultUserAgent)
        #expect(ClientConfiguration().userAgent == ClientConfiguration.defaultUserAgent)
    }
}
