import CloudRuntime
import Foundation
import Testing

@testable import CloudctlCore

@Suite struct CloudctlRunTests {
    private let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment)

    @Test func suggestsTheOperationForAMisspellingWithUsageStatus() async {
        let output = await self.command.run(["ack", "DescribeClustreDetail", "--ClusterId", "c1"])
        #expect(output.exitCode == 64)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError
                == "cloudctl: ack has no operation 'DescribeClustreDetail'; did you mean 'DescribeClusterDetail'? "
                + "(list them with: cloudctl ack --help)\n")
    }

    @Test func aMissingRequiredParameterIsAUsageError() async {
        let output = await self.command.run(["ack", "DescribeClusterDetail", "--dry-run"])
        #expect(output.exitCode == 64)
        #expect(output.standardError == "cloudctl: DescribeClusterDetail: parameter 'ClusterId' is required but missing\n")
    }

    @Test func aSignatureTheServiceDoesNotAcceptIsAUsageError() async {
        let output = await Fixture.cloudctl(environment: Fixture.kingsoftEnvironment)
            .run(["kce", "DescribeCluster", "--signature-version", "v1", "--dry-run"])
        #expect(output.exitCode == 64)
        #expect(output.standardError.contains("KCE accepts aws4-hmac-sha256"))
    }

    @Test func listsEveryOperationWithItsSummary() async {
        for service in CloudService.allCases {
            let output = await self.command.run([service.rawValue, "--help"])
            #expect(output.exitCode == 0)
            let lines = output.standardOutput.split(separator: "\n").map(String.init)
            for entry in service.operations {
                let line = lines.first { $0.hasPrefix("  \(entry.name) ") || $0 == "  \(entry.name)" }
                #expect(line != nil, "\(entry.name) missing from the listing")
                if let summary = entry.summary, let line {
                    #expect(line.hasSuffix(summary), "\(line)")
                }
            }
        }
    }

    @Test func printsAnOperationsDocumentation() async throws {
        let entry = try #require(CloudService.ack.operations.first { $0.name == "DescribeClusterDetail" })
        let output = await self.command.run(["ack", "describe-cluster-detail", "--help"])
        #expect(output.exitCode == 0)
        #expect(output.standardOutput.hasPrefix("DescribeClusterDetail (also: describe-cluster-detail)\n  GET /clusters/{ClusterId}\n"))
        if let documentation = entry.documentation {
            #expect(output.standardOutput.contains(documentation))
        }
        let unknown = await self.command.run(["ack", "NoSuchThing", "--help"])
        #expect(unknown.exitCode == 64)
    }

    @Test func printsTheOverview() async {
        let output = await self.command.run(["--help"])
        #expect(output.exitCode == 0)
        #expect(output.standardOutput.hasPrefix("usage: cloudctl <service> <Operation>"))
        let empty = await self.command.run([])
        #expect(empty.exitCode == 64)
    }
}
