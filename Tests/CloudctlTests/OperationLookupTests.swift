import CloudServices
import Testing

@testable import CloudctlCore

@Suite struct OperationLookupTests {
    @Test(arguments: [
        "DescribeClusterDetail", "describe-cluster-detail", "describeclusterdetail", "Describe-Cluster-Detail",
    ])
    func findsAnAckOperationByEitherNameForm(name: String) throws {
        let lookup = OperationLookup(operations: try Fixture.service("ack").operations)
        #expect(lookup.find(name)?.name == "DescribeClusterDetail")
    }

    @Test func findsKingsoftOperationsByKebabCase() throws {
        #expect(
            OperationLookup(operations: try Fixture.service("kce").operations).find("describe-cluster")?.name
                == "DescribeCluster")
        #expect(OperationLookup(operations: try Fixture.service("kce").operations).find("nothing-like-this") == nil)
    }

    @Test func suggestsTheOperationForAMisspelling() throws {
        let lookup = OperationLookup(operations: try Fixture.service("ack").operations)
        #expect(lookup.suggestions(for: "DescribeClustreDetail").first == "DescribeClusterDetail")
        #expect(lookup.suggestions(for: "describe-cluster-detial").first == "DescribeClusterDetail")
        #expect(lookup.suggestions(for: "Zzzzzzzzzzzzzzzzzzzzzzzzz").isEmpty)
    }

    @Test(arguments: [
        ("DescribeClusterDetail", "describe-cluster-detail"),
        ("DescribeKCEClusters", "describe-kce-clusters"),
        ("DescribeClustersV1", "describe-clusters-v1"),
        ("Get", "get"),
    ])
    func kebabCasesVendorNames(name: String, expected: String) {
        #expect(OperationLookup.kebabCase(name) == expected)
    }

    @Test func everyKebabNameFindsItsOperation() {
        for service in ServiceCatalogs.all {
            let lookup = OperationLookup(operations: service.operations)
            for entry in service.operations {
                #expect(lookup.find(OperationLookup.kebabCase(entry.name))?.name == entry.name)
            }
        }
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("abc", "", 3)])
    func measuresEditDistance(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
    }
}

/// Operations the spec deprecates are marked in both help texts, with the spec's reason.
@Suite struct DeprecatedOperationHelpTests {
    @Test func listingAndOperationHelpSayDeprecated() throws {
        let ack = try Fixture.service("ack")
        let entry = try #require(ack.operations.first { $0.name == "DescribeEdgeMachines" })
        let reason = try #require(entry.deprecation)
        let listing = HelpText.operations(of: ack)
        let line = try #require(listing.split(separator: "\n").first { $0.contains(" DescribeEdgeMachines ") })
        #expect(line.contains("(deprecated) "))
        #expect(HelpText.operation(entry, of: ack).contains("Deprecated: \(reason)"))
        let current = try #require(ack.operations.first { $0.name == "DescribeClusterDetail" })
        #expect(current.deprecation == nil)
        #expect(!HelpText.operation(current, of: ack).contains("Deprecated"))
    }
}
