import CloudRuntime
import Foundation
import Testing

/// Every error a call throws is a ``CloudError`` naming the operation, with the request ID once an answer
/// arrived, and reads the same through `localizedDescription` as through `description`.
@Suite struct CloudErrorTests {
    private let request = TestService.DescribeClusterDetail(clusterID: "c-1")

    /// The error a call of DescribeClusterDetail throws with this client.
    private func callError(_ client: ServiceClient) async -> (any Error)? {
        do {
            let _: TestService.ClusterDetail = try await client.send(self.request)
            return nil
        } catch {
            return error
        }
    }

    @Test func aServiceErrorNamesTheOperationAndTheRequestID() async throws {
        let transport = RecordingTransport(
            status: 404, body: #"{"code":"ErrorClusterNotFound","message":"gone","requestId":"R-404"}"#)
        let error = try #require(await self.callError(TestService.client(transport: transport)) as? any CloudError)
        #expect(error is ServiceError)
        #expect(error.operation == "DescribeClusterDetail")
        #expect(error.requestID == "R-404")
        #expect(error.localizedDescription == error.description)
        #expect(error.description.contains("ErrorClusterNotFound"))
    }

    @Test func anErrorBeforeSendingNamesTheOperation() async throws {
        // An unknown signature algorithm for the service: refused while building, before anything is sent.
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = TestService.client(
            configuration: TestService.configuration(signatureAlgorithm: .aws4HMACSHA256), transport: transport)
        let error = try #require(await self.callError(client) as? any CloudError)
        #expect(error is ClientError)
        #expect(error.operation == "DescribeClusterDetail")
        #expect(error.requestID == nil)
        #expect(error.description.contains("operation: DescribeClusterDetail"))
        #expect(error.localizedDescription == error.description)
        #expect(transport.requests.isEmpty)
    }

    @Test func missingCredentialsNameTheOperation() async throws {
        let transport = RecordingTransport(status: 200, body: "{}")
        let client = ServiceClient(
            service: TestService.ack, configuration: TestService.configuration(),
            credentials: EnvironmentCredentialsProvider(
                accessKeyIDVariable: "CLOUD_ERROR_TESTS_NO_SUCH_ID",
                accessKeySecretVariable: "CLOUD_ERROR_TESTS_NO_SUCH_SECRET"),
            transport: transport)
        let error = try #require(await self.callError(client) as? CredentialsError)
        #expect(error.operation == "DescribeClusterDetail")
        #expect(error.description.hasPrefix("DescribeClusterDetail: "))
        #expect(error.localizedDescription == error.description)
    }

    @Test func anErrorRaisedOutsideACallNamesNoOperation() {
        let error = RequestEncodingError(parameter: "ClusterId", message: "ClusterId is empty")
        #expect(error.operation == nil)
        #expect(error.description == "ClusterId is empty")
        #expect((error as any Error).localizedDescription == "ClusterId is empty")
    }
}

/// The errors of paging and waiting read the same through `localizedDescription`.
@Suite struct LocalizedErrorTests {
    @Test func pagingAndWaitingErrorsReadAsTheirDescription() {
        let waiter = WaiterError.failureState(waiter: "ClusterRunning", state: "failed")
        #expect((waiter as any Error).localizedDescription == waiter.description)
        #expect(!waiter.description.isEmpty && !waiter.description.contains("error 1"))
    }
}
