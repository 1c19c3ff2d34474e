import CloudRuntime
import CloudctlCore
import Testing

/// Every failed call prints one block of the same shape, and a server's text stays on its line.
@Suite struct ErrorReportTests {
    @Test func aServiceErrorsMessageKeepsToItsLine() {
        var error = ServiceError(
            httpStatus: 500, code: "InternalError", message: "first line\nsecond line\r\nthird",
            requestID: "R-1", operation: "DescribeCluster")
        error.attempts = 3
        let report = ErrorReport(error)
        #expect(
            report.text == """
                cloudctl: DescribeCluster failed: HTTP 500
                  code:       InternalError
                  message:    first line\\nsecond line\\r\\nthird
                  request id: R-1
                  attempts:   3

                """)
        #expect(report.exitCode == 1)
        #expect(error.description.contains(#"message: "first line\nsecond line\r\nthird""#))
    }

    @Test func noAnswerIsTheSameBlock() {
        var error = TransportError(
            kind: .timedOut, curlCode: 28, message: "Operation timed out", host: "cs.cn-hangzhou.aliyuncs.com",
            operation: "DescribeClusters")
        error.attempts = 2
        #expect(
            ErrorReport(error).text == """
                cloudctl: DescribeClusters failed: no answer (timed out)
                  host:       cs.cn-hangzhou.aliyuncs.com
                  detail:     curl 28: Operation timed out
                  attempts:   2

                """)
    }

    @Test func missingCredentialsAreTheSameBlock() {
        var error = CredentialsError(message: "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        error.operation = "DescribeClusters"
        #expect(
            ErrorReport(error).text == """
                cloudctl: DescribeClusters failed: not sent, no credentials
                  message:    set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET

                """)
    }
}
