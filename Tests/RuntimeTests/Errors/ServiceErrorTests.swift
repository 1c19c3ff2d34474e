import CloudRuntime
import CloudTestSupport
import HTTPTypes
import Testing

@Suite struct ServiceErrorTests {
    private static let snippetLimit = 200

    private func response(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> CannedResponse {
        CannedResponse(status: status, headers: headers, body: Array(body.utf8))
    }

    private func error(_ response: CannedResponse, operation: String) -> ServiceError {
        ServiceError(response: response.head, body: response.body, operation: operation)
    }

    @Test func alibabaBody() {
        let body = #"{"code":"ErrorClusterNotFound","message":"cluster c1 not found","requestId":"RID-A","status":404}"#
        let error = self.error(self.response(404, body), operation: "DescribeClusterDetail")

        #expect(error.httpStatus == 404)
        #expect(error.code == "ErrorClusterNotFound")
        #expect(error.message == "cluster c1 not found")
        #expect(error.requestID == "RID-A")
        #expect(error.operation == "DescribeClusterDetail")
        #expect(error.errorType == nil)
        #expect(error.isClientError)
    }

    @Test func alibabaRequestIDFromHeaderWinsAndCapitalisedKeysWork() {
        let body = #"{"Code":"Throttling","Message":"slow down","RequestId":"RID-BODY"}"#
        let error = self.error(
            self.response(429, body, headers: ["x-acs-request-id": "RID-HEADER"]), operation: "ListClusters")

        #expect(error.code == "Throttling")
        #expect(error.message == "slow down")
        #expect(error.requestID == "RID-HEADER")
    }

    @Test func numericCodeBecomesText() {
        let error = self.error(self.response(400, #"{"code":400,"message":"bad"}"#), operation: "Op")
        #expect(error.code == "400")
    }

    @Test func kingsoftBody() {
        let body = """
            {"RequestId": "68093a99-2f63", "Error": {"Type": "Sender", "Code": "InvalidParameterValue",
             "Message": "An invalid value was supplied for the input parameter PathPrefix."}}
            """
        let error = self.error(self.response(400, body), operation: "DescribeCluster")

        #expect(error.httpStatus == 400)
        #expect(error.code == "InvalidParameterValue")
        #expect(error.message == "An invalid value was supplied for the input parameter PathPrefix.")
        #expect(error.errorType == "Sender")
        #expect(error.requestID == "68093a99-2f63")
        #expect(error.operation == "DescribeCluster")
        #expect(error.description.contains("InvalidParameterValue"))
        #expect(error.description.contains("68093a99-2f63"))
    }

    @Test func htmlBodyGivesStatusAndSnippet() throws {
        let html = "<html>\n  <body>\n    <h1>502 Bad Gateway</h1>\n" + String(repeating: "x", count: 500) + "</body></html>"
        let error = self.error(self.response(502, html), operation: "CreateCluster")

        #expect(error.httpStatus == 502)
        #expect(error.code == nil)
        #expect(error.requestID == nil)
        let message = try #require(error.message)
        #expect(message.hasPrefix("<html> <body> <h1>502 Bad Gateway</h1>"))
        #expect(message.hasSuffix("…"))
        #expect(message.count == ServiceErrorTests.snippetLimit + 1)
        #expect(!error.isClientError)
    }

    @Test func emptyBodyHasNoMessage() {
        let error = self.error(self.response(503, ""), operation: "Op")
        #expect(error.message == nil)
        #expect(error.code == nil)
    }

    @Test func secretsQuotedByTheServerAreRedacted() {
        let body = #"{"code":"SignatureDoesNotMatch","message":"server string to sign: GET&%2F&Signature=abc123&SecurityToken=tok99"}"#
        let error = self.error(self.response(400, body), operation: "Op")

        #expect(!error.description.contains("abc123"))
        #expect(!error.description.contains("tok99"))
        #expect(error.message?.contains("Signature=<redacted>") == true)
    }
}
