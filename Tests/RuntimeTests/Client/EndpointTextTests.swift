import CloudRuntime
import Foundation
import Testing

/// `ClientConfiguration(endpoint:)` from text: a URL is used as the endpoint; anything else is refused
/// when a call is built, quoting the text, and nothing is sent.
@Suite struct EndpointTextTests {
    private let request = TestService.DescribeClusterDetail(clusterID: "c-1")

    @Test func textIsTheEndpoint() async throws {
        let configuration = ClientConfiguration(endpoint: "http://127.0.0.1:8080/prefix", region: "cn-beijing")
        let client = ServiceClient(
            service: TestService.ack, configuration: configuration, credentials: TestService.credentials,
            transport: RecordingTransport(status: 200, body: "{}"))
        let prepared = try await client.prepare(self.request, operation: TestService.DescribeClusterDetail.operation)
        #expect(prepared.scheme == "http")
        #expect(prepared.host == "127.0.0.1")
        #expect(prepared.port == 8080)
        #expect(prepared.path == "/prefix/clusters/c-1")
        #expect(configuration.region == "cn-beijing")
    }

    @Test(arguments: ["not a url", "ftp://example.com", "http://"])
    func textThatIsNoHTTPURLIsRefusedBeforeSending(text: String) async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = ServiceClient(
            service: TestService.ack, configuration: ClientConfiguration(endpoint: text),
            credentials: TestService.credentials, transport: transport)
        let error = await #expect(throws: ClientError.self) {
            let _: TestService.ClusterDetail = try await client.send(self.request)
        }
        #expect(error?.kind == .invalidEndpoint)
        #expect(error?.message.contains("'\(text)'") == true)
        #expect(transport.requests.isEmpty)
    }
}
