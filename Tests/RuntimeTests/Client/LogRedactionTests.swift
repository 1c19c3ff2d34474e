import CloudRuntime
import Testing

@Suite struct LogRedactionTests {
    @Test(arguments: [
        ("Signature", true), ("X-Amz-Signature", true), ("SecurityToken", true), ("X-Amz-Security-Token", true),
        ("x-acs-security-token", true), ("Authorization", true), ("AccessKeySecret", true), ("InstancePassword", true),
        ("AccessKeyId", false), ("X-Amz-Credential", false), ("Action", false), ("ClusterId", false),
    ])
    func sensitiveNames(name: String, sensitive: Bool) {
        #expect(LogRedaction.isSensitive(name: name) == sensitive)
    }

    @Test func signedQueryKeepsStructureAndDropsSecrets() {
        let query = [
            QueryItem(name: "Action", value: "DescribeCluster"),
            QueryItem(name: "X-Amz-Credential", value: "AKID/20260101/cn-beijing-6/kce/aws4_request"),
            QueryItem(name: "X-Amz-Signature", value: "deadbeef"),
            QueryItem(name: "SecurityToken", value: "tok/en"),
        ]

        let text = LogRedaction.redactedQuery(query)

        #expect(text == "Action=DescribeCluster&X-Amz-Credential=AKID%2F20260101%2Fcn-beijing-6%2Fkce%2Faws4_request"
                + "&X-Amz-Signature=<redacted>&SecurityToken=<redacted>")
    }

    @Test(arguments: [
        ("GET&%2F&AccessKeyId%3DAK%26Signature=abc123&x=1", "GET&%2F&AccessKeyId%3DAK%26Signature=<redacted>&x=1"),
        ("Authorization: acs AK:c2lnbmF0dXJl\nnext line", "Authorization: <redacted>\nnext line"),
        (#"{"Authorization":"ACS3-HMAC-SHA256 Credential=AK,Signature=ff"}"#, #"{"Authorization":"<redacted>"}"#),
        ("X-Amz-Signature: 0a1b, other", "X-Amz-Signature: <redacted>, other"),
        (#"{"password":"hunter2"}"#, #"{"password":"<redacted>"}"#),
        ("cluster c1 not found", "cluster c1 not found"),
    ])
    func freeText(input: String, expected: String) {
        #expect(LogRedaction.redact(text: input) == expected)
    }
}
