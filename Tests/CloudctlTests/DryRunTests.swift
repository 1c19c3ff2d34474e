import CloudRuntime
import CloudServices
import CloudTestSupport
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct DryRunTests {
    @Test func printsASignedAckROARequest() async throws {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment)
            .run(["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--dry-run"])
        #expect(output.exitCode == 0, "\(output.standardError)")
        let lines = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "GET /clusters/c1 HTTP/1.1")
        for header in [
            "Host: cs.cn-hangzhou.aliyuncs.com", "Accept: application/json", "x-acs-version: 2015-12-15",
            "x-acs-action: DescribeClusterDetail", "Date: Tue, 14 Nov 2023 22:13:20 GMT",
            "x-acs-signature-nonce: nonce-0001", "x-acs-signature-method: HMAC-SHA1",
        ] {
            #expect(lines.contains(header), "missing \(header)")
        }
        let authorization = try #require(PrintedRequest.header("Authorization", in: output.standardOutput))
        #expect(authorization.hasPrefix("acs AKIDALIBABA:"))
        let printed = try #require(PrintedRequest.parse(output.standardOutput))
        let check = Fixture.verifier.verify(printed)
        #expect(check.isValid, "\(check)")
        #expect(output.standardError == "cloudctl: dry run, nothing sent to https://cs.cn-hangzhou.aliyuncs.com\n")
        #expect(!output.standardOutput.contains("alibaba-test-secret"))
    }

    @Test func printsASignedKceRPCRequest() async throws {
        let output = await Fixture.cloudctl(environment: Fixture.kingsoftEnvironment)
            .run(["kce", "describe-cluster", "--ClusterId", "c1", "--region", "cn-shanghai-2", "--dry-run"])
        #expect(output.exitCode == 0, "\(output.standardError)")
        let lines = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "POST / HTTP/1.1")
        #expect(lines.contains("Content-Type: application/x-www-form-urlencoded"))
        #expect(lines.contains("X-Amz-Date: 20231114T221320Z"))
        #expect(PrintedRequest.header("Host", in: output.standardOutput) == "kce.cn-shanghai-2.api.ksyun.com")
        let authorization = try #require(PrintedRequest.header("Authorization", in: output.standardOutput))
        #expect(
            authorization.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=AKLTKINGSOFT/20231114/cn-shanghai-2/kce/aws4_request, "))
        #expect(lines.dropLast().last == "Action=DescribeCluster&Version=2019-08-06&ClusterId=c1")
        let printed = try #require(PrintedRequest.parse(output.standardOutput))
        let check = Fixture.verifier.verify(printed)
        #expect(check.isValid, "\(check)")
    }

    @Test func honoursMethodEndpointChoiceAndSignatureVersion() async throws {
        let kce = await Fixture.cloudctl(environment: Fixture.kingsoftEnvironment)
            .run([
                "kce", "DescribeCluster", "--ClusterId", "c1", "--method", "GET", "--endpoint-choice", "global",
                "--dry-run",
            ])
        #expect(kce.standardOutput.hasPrefix("GET /?Action=DescribeCluster&Version=2019-08-06&ClusterId=c1 HTTP/1.1\n"))
        #expect(PrintedRequest.header("Host", in: kce.standardOutput) == "kce.api.ksyun.com")
        #expect(Fixture.verifier.verify(try #require(PrintedRequest.parse(kce.standardOutput))).isValid)

        let ack = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment)
            .run(["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--signature-version", "acs3", "--dry-run"])
        let authorization = try #require(PrintedRequest.header("Authorization", in: ack.standardOutput))
        #expect(authorization.hasPrefix("ACS3-HMAC-SHA256 Credential=AKIDALIBABA,"))
        let check = Fixture.verifier.verify(try #require(PrintedRequest.parse(ack.standardOutput)))
        #expect(check.isValid, "\(check)")
    }

    @Test func refusesGetForAnActionSentByPostOnly() async throws {
        let output = await Fixture.cloudctl(environment: Fixture.kingsoftEnvironment)
            .run(["kce", "CreateCluster", "--ClusterName", "c", "--method", "GET", "--dry-run"])
        #expect(output.exitCode == 64)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError.contains("--method: CreateCluster is sent by POST only, not GET"),
            "\(output.standardError)")
    }

    @Test func signsWithPlaceholdersWhenTheEnvironmentHasNoCredentials() async throws {
        let output = await Fixture.cloudctl(environment: [:])
            .run(["ack", "describe-cluster-detail", "--ClusterId", "c1", "--dry-run"])
        #expect(output.exitCode == 0)
        #expect(output.standardError.contains("no credentials in the environment; signed with placeholder credentials"))
        let authorization = try #require(PrintedRequest.header("Authorization", in: output.standardOutput))
        #expect(authorization.hasPrefix("acs \(Cloudctl.placeholderAccessKeyID):"))
    }

    @Test func redactsTheSecurityToken() async throws {
        var environment = Fixture.alibabaEnvironment
        environment["ALIBABA_CLOUD_SECURITY_TOKEN"] = "sts-token-do-not-print"
        let output = await Fixture.cloudctl(environment: environment)
            .run(["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--dry-run"])
        #expect(output.exitCode == 0, "\(output.standardError)")
        #expect(!output.standardOutput.contains("sts-token-do-not-print"))
        #expect(output.standardOutput.contains("<redacted>"))
    }

    @Test func aNumberTypedForAStringParameterIsSentAsText() async throws {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment)
            .run(["ack", "DescribeClusterDetail", "--ClusterId", "123", "--dry-run"])
        #expect(output.standardOutput.hasPrefix("GET /clusters/123 HTTP/1.1\n"), "\(output.standardError)")
    }

    @Test func sendsAnArrayBodyAsTheWholeROABody() async throws {
        let output = await Fixture.cloudctl(environment: Fixture.alibabaEnvironment).run([
            "ack", "install-cluster-addons", "--ClusterId", "c1", "--body", #"[{"name":"nginx","version":"1.2"}]"#,
            "--dry-run",
        ])
        #expect(
            output.standardOutput.hasPrefix("POST /clusters/c1/components/install HTTP/1.1\n"),
            "\(output.standardError)")
        let printed = try #require(PrintedRequest.parse(output.standardOutput))
        let body = try JSONSerialization.jsonObject(with: Data(printed.body)) as? [[String: String]]
        #expect(body == [["name": "nginx", "version": "1.2"]])
        #expect(Fixture.verifier.verify(printed).isValid)
    }

    @Test func mergesABodyFileIntoTheParameters() async throws {
        let command = Cloudctl(
            services: ServiceCatalogs.all, environment: Fixture.alibabaEnvironment, transport: UnusedTransport(),
            clock: { Fixture.date },
            nonce: { Fixture.nonce },
            readFile: { path in
                guard path == "detail.json" else { throw CocoaError(.fileNoSuchFile) }
                return Data(#"{"ClusterId": "from-file"}"#.utf8)
            })
        let output = await command.run(["ack", "DescribeClusterDetail", "--body", "@detail.json", "--dry-run"])
        #expect(output.standardOutput.hasPrefix("GET /clusters/from-file HTTP/1.1\n"), "\(output.standardError)")
        let missing = await command.run(["ack", "DescribeClusterDetail", "--body", "@other.json", "--dry-run"])
        #expect(missing.exitCode == 64)
        #expect(missing.standardError == "cloudctl: cannot read --body file 'other.json'\n")
    }
}
