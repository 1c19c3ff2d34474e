@_spi(Generated) import CloudRuntime
import Foundation
import HTTPTypes
import Testing

@Suite struct ServiceClientRPCTests {
    private let request = TestService.DescribeCluster(clusterIDs: ["a", "b c"], search: "x&y")

    @Test func postByDefaultSendsAFormBody() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"RequestId":"R-1","TotalCount":2}"#)
        let client = TestService.client(TestService.kce, transport: transport)

        let response: TestService.DescribeClusterResponse = try await client.send(
            self.request, operation: TestService.DescribeCluster.operation)

        #expect(response.totalCount == 2)
        #expect(response.requestID == "R-1")
        let sent = try #require(transport.requests.first)
        #expect(sent.method == .post)
        #expect(sent.path == "/")
        #expect(sent.query.isEmpty)
        let form = "Action=DescribeCluster&Version=2019-08-06&ClusterId.1=a&ClusterId.2=b%20c&Search=x%26y"
        #expect(sent.body == Array(form.utf8))
        #expect(sent.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(sent.headers["Accept"] == "application/json")
        #expect(sent.headers["x-acs-action"] == nil)
        #expect(
            sent.headers["Authorization"]?.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/cn-beijing-6/kce/aws4_request") == true)
    }

    @Test func getSendsTheParametersAsQuery() async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = TestService.client(
            TestService.kce, configuration: TestService.configuration(rpcMethod: .get), transport: transport)

        let _: TestService.DescribeClusterResponse = try await client.send(
            self.request, operation: TestService.DescribeCluster.operation)

        let sent = try #require(transport.requests.first)
        #expect(sent.method == .get)
        #expect(
            sent.query == [
                QueryItem(name: "Action", value: "DescribeCluster"), QueryItem(name: "Version", value: "2019-08-06"),
                QueryItem(name: "ClusterId.1", value: "a"), QueryItem(name: "ClusterId.2", value: "b c"),
                QueryItem(name: "Search", value: "x&y"),
            ])
        #expect(sent.body.isEmpty)
        #expect(sent.headers["Content-Type"] == nil)
    }

    @Test func regionalEndpointAndSigningRegion() async throws {
        let client = TestService.client(
            TestService.kce, configuration: TestService.configuration(endpoint: nil, region: "cn-shanghai-2"),
            transport: RecordingTransport())

        let prepared = try await client.prepare(self.request, operation: TestService.DescribeCluster.operation)

        #expect(prepared.url?.absoluteString == "https://kce.cn-shanghai-2.api.ksyun.com/")
        #expect(prepared.headers["Authorization"]?.contains("/cn-shanghai-2/kce/aws4_request") == true)
    }

    @Test(arguments: [HTTPRequest.Method.put, .delete])
    func onlyGetAndPostAreAccepted(method: HTTPRequest.Method) async throws {
        let client = TestService.client(
            TestService.kce, configuration: TestService.configuration(rpcMethod: method),
            transport: RecordingTransport())

        let error = await #expect(throws: ClientError.self) {
            try await client.prepare(self.request, operation: TestService.DescribeCluster.operation)
        }

        #expect(error?.kind == .unsupportedMethod)
    }

    @Test func anActionSentByPostOnlyRefusesGetBeforeSending() async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = TestService.client(
            TestService.kce, configuration: TestService.configuration(rpcMethod: .get), transport: transport)
        let postOnly = OperationDescriptor(name: "CreateCluster", action: "CreateCluster", methods: [.post])

        let error = await #expect(throws: ClientError.self) {
            let _: TestService.DescribeClusterResponse = try await client.send(self.request, operation: postOnly)
        }

        #expect(error?.kind == .unsupportedMethod)
        #expect(error?.message == "CreateCluster is sent by POST only, not GET")
        #expect(transport.requests.isEmpty)
    }

    @Test func anActionSentByPostOnlyUsesPostWhenTheServiceDefaultsToGet() async throws {
        var service = TestService.kce
        service.rpcMethods = [.get, .post]
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = TestService.client(service, transport: transport)
        let postOnly = OperationDescriptor(name: "CreateCluster", action: "CreateCluster", methods: [.post])

        let _: TestService.DescribeClusterResponse = try await client.send(self.request, operation: postOnly)

        #expect(transport.requests.first?.method == .post)
    }
}
