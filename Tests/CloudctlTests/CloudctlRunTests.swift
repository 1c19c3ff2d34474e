import CloudRuntime
import CloudServices
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
        #expect(
            output.standardError == "cloudctl: DescribeClusterDetail: parameter 'ClusterId' is required but missing\n")
    }

    @Test func aSignatureTheServiceDoesNotAcceptIsAUsageError() async {
        let output = await Fixture.cloudctl(environment: Fixture.kingsoftEnvironment)
            .run(["kce", "DescribeCluster", "--signature-version", "v1", "--dry-run"])
        #expect(output.exitCode == 64)
        #expect(output.standardError.contains("KCE accepts aws4-hmac-sha256"))
    }

    @Test func listsEveryOperationWithItsSummary() async {
        for service in ServiceCatalogs.all {
            let output = await self.command.run([service.name, "--help"])
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
        let entry = try #require(try Fixture.service("ack").operations.first { $0.name == "DescribeClusterDetail" })
        let output = await self.command.run(["ack", "describe-cluster-detail", "--help"])
        #expect(output.exitCode == 0)
        #expect(
            output.standardOutput.hasPrefix(
                "DescribeClusterDetail (also: describe-cluster-detail)\n  GET /clusters/{ClusterId}\n"))
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
        // Services, RPC services and credential variables come from the catalogs.
        for line in [
            "  ack  Alibaba Cloud Container Service for Kubernetes", "  kcr  Kingsoft Cloud Container Registry (KCR)",
            "  --method POST|GET                  HTTP method of RPC requests (kce, kcr)",
            "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (ack)",
            "  KSYUN_ACCESS_KEY, KSYUN_SECRET_KEY (kce, kcr)",
        ] {
            #expect(output.standardOutput.contains("\n" + line + "\n"), "\(line)")
        }
        let empty = await self.command.run([])
        #expect(empty.exitCode == 64)
    }
}

/// Parameter documentation and checks from the generated catalog's parameter descriptions.
@Suite struct CloudctlParameterHelpTests {
    private let command = Fixture.cloudctl(environment: Fixture.alibabaEnvironment)

    @Test func operationHelpListsEveryParameterWithTypeLocationAndRequiredFlag() async throws {
        for service in ServiceCatalogs.all {
            for entry in service.operations {
                let output = await self.command.run([service.name, entry.name, "--help"])
                #expect(output.exitCode == 0)
                let lines = output.standardOutput.split(separator: "\n").map(String.init)
                for parameter in entry.parameters {
                    let line = lines.first { $0.hasPrefix("  --\(parameter.name)  ") }
                    let expected =
                        "  --\(parameter.name)  \(parameter.type), \(parameter.location.rawValue)"
                        + (parameter.isRequired ? ", required" : "")
                    #expect(line == expected, "\(entry.name): \(String(describing: line))")
                }
            }
        }
    }

    @Test func describeClusterDetailHelpShowsItsPathParameter() async {
        let output = await self.command.run(["ack", "DescribeClusterDetail", "--help"])
        #expect(output.standardOutput.contains("\nParameters:\n  --ClusterId  string, path, required\n"))
    }

    @Test func enumeratedParametersListTheirValues() async {
        let output = await self.command.run(["ack", "DescribeClustersV1", "--help"])
        #expect(
            output.standardOutput.contains(
                "  --cluster_type  string, query\n      one of: Kubernetes | ManagedKubernetes"))
    }

    @Test func catalogsDescribeEveryRequiredInput() throws {
        // DescribeClusterDetail needs its path parameter; KCE lists take Filter as a list of structures.
        let detail = try Fixture.service("ack").operations.first { $0.name == "DescribeClusterDetail" }
        #expect(detail?.parameters.first { $0.name == "ClusterId" }?.isRequired == true)
        let instances = try Fixture.service("kce").operations.first { $0.name == "DescribeClusterInstance" }
        #expect(instances?.parameters.first { $0.name == "Filter" }?.type == "list of object (ClusterInstanceFilter)")
    }

    @Test func aMisspelledParameterIsRefusedWithASuggestion() async {
        let output = await self.command.run([
            "ack", "DescribeClusterDetail", "--ClusterId", "c1", "--ClusterID", "c2", "--dry-run",
        ])
        #expect(output.exitCode == 64)
        #expect(
            output.standardError
                == "cloudctl: DescribeClusterDetail has no parameter '--ClusterID'; did you mean '--ClusterId'? "
                + "(see: cloudctl <service> DescribeClusterDetail --help)\n")
    }

    @Test func aBodyFieldTheOperationLacksIsRefused() async {
        let output = await self.command.run([
            "ack", "CreateCluster", "--body", #"{"name":"a","region_idd":"cn-beijing"}"#, "--dry-run",
        ])
        #expect(output.exitCode == 64)
        #expect(output.standardError.contains("has no parameter '--region_idd'; did you mean '--region_id'?"))
    }
}
