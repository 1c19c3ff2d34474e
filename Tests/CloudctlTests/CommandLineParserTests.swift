import CloudRuntime
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct CommandLineParserTests {
    @Test func parsesAnOperationWithParametersAndOptions() throws {
        let command = try CommandLineParser.parse([
            "kce", "describe-cluster", "--ClusterId", "c1", "--MaxResults=10", "--region", "cn-shanghai-2",
            "--endpoint-choice", "global", "--method", "get", "--output", "table", "--dry-run",
        ])
        var expected = Invocation(service: .kce, operation: "describe-cluster")
        expected.parameters = [
            Invocation.Parameter(name: "ClusterId", value: "c1"), Invocation.Parameter(name: "MaxResults", value: "10"),
        ]
        expected.region = "cn-shanghai-2"
        expected.endpointChoice = .global
        expected.rpcMethod = .get
        expected.output = .table
        expected.dryRun = true
        #expect(command == .call(expected))
    }

    @Test func parsesSignatureVersionsEndpointAndBody() throws {
        let command = try CommandLineParser.parse([
            "ack", "DescribeClusterDetail", "--signature-version", "acs3", "--endpoint", "http://127.0.0.1:8080",
            "--body", #"{"a":1}"#,
        ])
        guard case .call(let invocation) = command else {
            Issue.record("expected a call, got \(command)")
            return
        }
        #expect(invocation.signatureAlgorithm == .acs3HMACSHA256)
        #expect(invocation.endpoint == URL(string: "http://127.0.0.1:8080"))
        #expect(invocation.body == #"{"a":1}"#)
    }

    @Test(arguments: [
        (["--help"], Command.help),
        (["-h"], Command.help),
        (["ack", "--help"], Command.serviceHelp(.ack)),
        (["KCR", "-h"], Command.serviceHelp(.kcr)),
        (["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--help"], Command.operationHelp(.ack, operation: "DescribeClusterDetail")),
    ])
    func recognisesHelp(arguments: [String], expected: Command) throws {
        #expect(try CommandLineParser.parse(arguments) == expected)
    }

    @Test(arguments: [
        ([], "missing service"),
        (["ecs"], "unknown service 'ecs'"),
        (["ack"], "missing operation"),
        (["ack", "--ClusterId", "c1"], "expected an operation name"),
        (["ack", "DescribeClusterDetail", "--ClusterId"], "--ClusterId needs a value"),
        (["ack", "DescribeClusterDetail", "--ClusterId", "--dry-run"], "--ClusterId needs a value"),
        (["ack", "DescribeClusterDetail", "c1"], "unexpected argument 'c1'"),
        (["ack", "DescribeClusterDetail", "--ClusterId", "a", "--ClusterId", "b"], "given twice"),
        (["ack", "DescribeClusterDetail", "--method", "GET"], "applies to RPC services"),
        (["kce", "DescribeCluster", "--method", "PUT"], "must be POST or GET"),
        (["kce", "DescribeCluster", "--signature-version", "v9"], "--signature-version must be"),
        (["kce", "DescribeCluster", "--endpoint-choice", "no such"], "--endpoint-choice must be an endpoint name"),
        (["kce", "DescribeCluster", "--endpoint", "ftp://x"], "--endpoint must be an http or https URL"),
        (["kce", "DescribeCluster", "--output", "yaml"], "--output must be json or table"),
        (["kce", "DescribeCluster", "--dry-run=yes"], "--dry-run takes no value"),
    ])
    func rejectsBadCommandLines(arguments: [String], fragment: String) {
        #expect {
            try CommandLineParser.parse(arguments)
        } throws: { error in
            (error as? UsageError)?.message.contains(fragment) == true
        }
    }

    @Test func keepsAValueStartingWithDashesAfterEquals() throws {
        let command = try CommandLineParser.parse(["kcr", "DescribeInstance", "--Name=--odd"])
        guard case .call(let invocation) = command else {
            Issue.record("expected a call")
            return
        }
        #expect(invocation.parameters == [Invocation.Parameter(name: "Name", value: "--odd")])
    }
}
