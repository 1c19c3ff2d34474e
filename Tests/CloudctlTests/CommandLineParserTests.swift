import CloudRuntime
import CloudServices
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct CommandLineParserTests {
    /// Parses against the shipped services.
    private static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        try CommandLineParser.parse(arguments, services: ServiceCatalogs.all)
    }

    @Test func parsesAnOperationWithParametersAndOptions() throws {
        let command = try Self.parse([
            "kce", "describe-cluster", "--ClusterId", "c1", "--MaxResults=10", "--region", "cn-shanghai-2",
            "--endpoint-choice", "global", "--method", "get", "--output", "table", "--dry-run",
        ])
        guard case .call(let invocation) = command else {
            Issue.record("expected a call, got \(command)")
            return
        }
        #expect(invocation.service.name == "kce")
        #expect(invocation.operation == "describe-cluster")
        #expect(
            invocation.parameters == [
                Invocation.Parameter(name: "ClusterId", value: "c1"),
                Invocation.Parameter(name: "MaxResults", value: "10"),
            ])
        #expect(invocation.region == "cn-shanghai-2")
        #expect(invocation.endpointChoice == .global)
        #expect(invocation.rpcMethod == .get)
        #expect(invocation.output == .table)
        #expect(invocation.dryRun)
        #expect(invocation.body == nil && invocation.endpoint == nil && invocation.signatureAlgorithm == nil)
        #expect(invocation.wait == nil && invocation.driftRecordFile == nil && !invocation.isStrict)
    }

    @Test func parsesSignatureVersionsEndpointAndBody() throws {
        let command = try Self.parse([
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
        (["--help"], "help"),
        (["-h"], "help"),
        (["ack", "--help"], "help ack"),
        (["KCR", "-h"], "help kcr"),
        (["ack", "DescribeClusterDetail", "--ClusterId", "c1", "--help"], "help ack DescribeClusterDetail"),
        (["completion", "zsh"], "completion zsh"),
        (["__complete", "ack", ""], #"complete ["ack", ""]"#),
    ])
    func recognisesHelp(arguments: [String], expected: String) throws {
        let help =
            switch try Self.parse(arguments) {
            case .help: "help"
            case .serviceHelp(let service): "help \(service.name)"
            case .operationHelp(let service, let operation): "help \(service.name) \(operation)"
            case .call: "call"
            case .completionScript(let shell): "completion \(shell)"
            case .complete(let words): "complete \(words)"
            }
        #expect(help == expected)
    }

    @Test(arguments: [
        ([], "missing service; usage: cloudctl <ack|kce|kcr> <Operation>"),
        (["ecs"], "unknown service 'ecs'; choose one of: ack, kce, kcr"),
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
            try Self.parse(arguments)
        } throws: { error in
            (error as? UsageError)?.message.contains(fragment) == true
        }
    }

    @Test func keepsAValueStartingWithDashesAfterEquals() throws {
        let command = try Self.parse(["kcr", "DescribeInstance", "--Name=--odd"])
        guard case .call(let invocation) = command else {
            Issue.record("expected a call")
            return
        }
        #expect(invocation.parameters == [Invocation.Parameter(name: "Name", value: "--odd")])
    }
}

/// `--columns a,b` names the fields of a listing's table.
@Suite struct ColumnsOptionTests {
    @Test func columnsAreReadAndTrimmed() throws {
        let command = try CommandLineParser.parse(
            ["ack", "DescribeClustersV1", "--output", "table", "--columns", "name, state ,cluster_id"],
            services: ServiceCatalogs.all)
        guard case .call(let invocation) = command else {
            Issue.record("expected a call, got \(command)")
            return
        }
        #expect(invocation.columns == ["name", "state", "cluster_id"])
    }

    @Test func emptyColumnsAreAUsageError() {
        #expect(throws: UsageError.self) {
            try CommandLineParser.parse(
                ["ack", "DescribeClustersV1", "--columns", " , "], services: ServiceCatalogs.all)
        }
    }
}
