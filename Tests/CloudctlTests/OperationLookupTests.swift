import Testing

@testable import CloudctlCore

@Suite struct OperationLookupTests {
    @Test(arguments: ["DescribeClusterDetail", "describe-cluster-detail", "describeclusterdetail", "Describe-Cluster-Detail"])
    func findsAnAckOperationByEitherNameForm(name: String) {
        let lookup = OperationLookup(operations: CloudService.ack.operations)
        #expect(lookup.find(name)?.name == "DescribeClusterDetail")
    }

    @Test func findsKingsoftOperationsByKebabCase() {
        #expect(OperationLookup(operations: CloudService.kce.operations).find("describe-cluster")?.name == "DescribeCluster")
        #expect(OperationLookup(operations: CloudService.kce.operations).find("nothing-like-this") == nil)
    }

    @Test func suggestsTheOperationForAMisspelling() {
        let lookup = OperationLookup(operations: CloudService.ack.operations)
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
        for service in CloudService.allCases {
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
