import CloudRuntime
import Foundation
import Testing

@Suite struct ServiceClientResponseTests {
    private let ackRequest = TestService.DescribeClusterDetail(clusterID: "c1")
    private let ackOperation = TestService.DescribeClusterDetail.operation
    private let kceRequest = TestService.DescribeCluster()
    private let kceOperation = TestService.DescribeCluster.operation

    @Test func syntheticRequestIDComesFromTheHeader() async throws {
        let transport = RecordingTransport(
            status: 200, headers: ["x-acs-request-id": "HDR-1"], body: #"{"cluster_id":"c1","RequestId":"BODY-1"}"#)

        let response: TestService.ClusterDetail = try await TestService.client(transport: transport)
            .send(self.ackRequest, operation: self.ackOperation)

        #expect(response.requestID == "HDR-1")
    }

    @Test func syntheticRequestIDFallsBackToTheBody() async throws {
        let transport = RecordingTransport(status: 200, body: #"{"cluster_id":"c1","RequestId":"BODY-1"}"#)

        let response: TestService.ClusterDetail = try await TestService.client(transport: transport)
            .send(self.ackRequest, operation: self.ackOperation)

        #expect(response.requestID == "BODY-1")
    }

    @Test func decodedRequestIDIsKept() async throws {
        let transport = RecordingTransport(
            status: 200, headers: ["x-acs-request-id": "HDR-1"], body: #"{"RequestId":"BODY-1","TotalCount":0}"#)

        let response: TestService.DescribeClusterResponse = try await TestService.client(TestService.kce, transport: transport)
            .send(self.kceRequest, operation: self.kceOperation)

        #expect(response.requestID == "BODY-1")
    }

    @Test(arguments: ["", "  \r\n"])
    func emptyBodyDecodesAsEmptyObject(body: String) async throws {
        let transport = RecordingTransport(status: 204, headers: ["x-acs-request-id": "HDR-2"], body: body)

        let response: TestService.ClusterDetail = try await TestService.client(transport: transport)
            .send(self.ackRequest, operation: self.ackOperation)

        #expect(response.clusterID == nil)
        #expect(response.requestID == "HDR-2")
    }

    @Test func alibabaErrorBecomesServiceError() async throws {
        let transport = RecordingTransport(
            status: 404, headers: ["x-acs-request-id": "HDR-3"],
            body: #"{"code":"ErrorClusterNotFound","message":"cluster c1 not found","requestId":"HDR-3"}"#)

        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await TestService.client(transport: transport)
                .send(self.ackRequest, operation: self.ackOperation)
        }

        #expect(error == ServiceError(
            httpStatus: 404, code: "ErrorClusterNotFound", message: "cluster c1 not found", requestID: "HDR-3",
            operation: "DescribeClusterDetail"))
    }

    @Test func kingsoftErrorBecomesServiceError() async throws {
        let transport = RecordingTransport(
            status: 400,
            body: #"{"RequestId":"K-1","Error":{"Type":"Sender","Code":"InvalidParameterValue","Message":"bad Search"}}"#)

        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.DescribeClusterResponse = try await TestService.client(TestService.kce, transport: transport)
                .send(self.kceRequest, operation: self.kceOperation)
        }

        #expect(error == ServiceError(
            httpStatus: 400, code: "InvalidParameterValue", message: "bad Search", requestID: "K-1",
            operation: "DescribeCluster", errorType: "Sender"))
    }

    @Test func htmlErrorBodyStillGivesServiceError() async throws {
        let transport = RecordingTransport(status: 502, body: "<html><body>Bad Gateway</body></html>")

        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.ClusterDetail = try await TestService.client(transport: transport)
                .send(self.ackRequest, operation: self.ackOperation)
        }

        #expect(error?.httpStatus == 502)
        #expect(error?.code == nil)
        #expect(error?.message == "<html><body>Bad Gateway</body></html>")
        #expect(error?.operation == "DescribeClusterDetail")
    }

    @Test func undecodableSuccessBodyIsAResponseDecodingError() async throws {
        let transport = RecordingTransport(
            status: 200, headers: ["x-acs-request-id": "HDR-4"], body: #"{"size":"not-a-number"}"#)

        let error = await #expect(throws: ResponseDecodingError.self) {
            let _: TestService.StrictCluster = try await TestService.client(transport: transport)
                .send(self.ackRequest, operation: self.ackOperation)
        }

        #expect(error?.httpStatus == 200)
        #expect(error?.requestID == "HDR-4")
        #expect(error?.operation == "DescribeClusterDetail")
        #expect(error?.underlying.hasPrefix("at size: type mismatch, expected Int: found string") == true)
        #expect(error?.body == Array(#"{"size":"not-a-number"}"#.utf8))
        #expect(error.map { !$0.description.contains("not-a-number") } == true)
    }

    @Test func transportErrorNamesTheOperation() async throws {
        let transport = RecordingTransport { request in
            throw TransportError(kind: .timedOut, curlCode: 28, message: "Operation timed out", host: request.host)
        }

        let error = await #expect(throws: TransportError.self) {
            let _: TestService.ClusterDetail = try await TestService.client(transport: transport)
                .send(self.ackRequest, operation: self.ackOperation)
        }

        #expect(error?.kind == .timedOut)
        #expect(error?.operation == "DescribeClusterDetail")
        #expect(error?.host == "127.0.0.1")
    }
}
