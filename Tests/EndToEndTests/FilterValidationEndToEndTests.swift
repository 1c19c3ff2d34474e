import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import KingsoftKCR
import Testing

/// Kingsoft's Filter rules, checked by the generated clients before anything leaves the process.
@Suite("Kingsoft filter validation end to end")
struct FilterValidationEndToEndTests {
    @Test("KCE DescribeClusterInstance with a repeated filter name throws and sends nothing")
    func repeatedFilterName() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = KCE.DescribeClusterInstanceRequest(
                clusterID: "79dac1a8-3387-4769-82a5-xxxxxx",
                filter: [
                    KCE.ClusterInstanceFilter(name: .instanceID, value: ["6f2faec7-057f-455f-a45c-xxxxxx"]),
                    KCE.ClusterInstanceFilter(name: .instanceRole, value: ["Worker"]),
                    KCE.ClusterInstanceFilter(name: .instanceID, value: ["0e8a6c2d-0000-4000-8000-xxxxxx"]),
                ])
            await #expect(
                throws: RequestEncodingError(
                    parameter: "Filter.3.Name", message: "Filter.3.Name 'instance-id' repeats Filter.1.Name",
                    operation: "DescribeClusterInstance")
            ) {
                try await client.describeClusterInstance(request)
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("KCE DescribeClusterInstance with 101 filters or an empty value list throws and sends nothing")
    func filterLimits() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let tooMany = (1...101).map { KCE.ClusterInstanceFilter(name: .init(rawValue: "name-\($0)"), value: ["v"]) }
            await #expect(
                throws: RequestEncodingError(
                    parameter: "Filter", message: "Filter has 101 entries; at most 100 are allowed",
                    operation: "DescribeClusterInstance")
            ) {
                try await client.describeClusterInstance(
                    KCE.DescribeClusterInstanceRequest(clusterID: "c-1", filter: tooMany))
            }
            await #expect(
                throws: RequestEncodingError(
                    parameter: "Filter.1.Value", message: "Filter.1.Value is empty; it needs at least 1 value",
                    operation: "DescribeClusterInstance")
            ) {
                try await client.describeClusterInstance(
                    KCE.DescribeClusterInstanceRequest(
                        clusterID: "c-1", filter: [KCE.ClusterInstanceFilter(name: .instanceRole, value: [])]))
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test("KCR DescribeRepository with a repeated filter name throws and sends nothing")
    func kcrRepeatedFilterName() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = KCRClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let request = KCR.DescribeRepositoryRequest(
                filter: [
                    KCR.RepositoryFilter(name: .namespace, value: ["a"]),
                    KCR.RepositoryFilter(name: .namespace, value: ["b"]),
                ])
            await #expect(
                throws: RequestEncodingError(
                    parameter: "Filter.2.Name", message: "Filter.2.Name 'namespace' repeats Filter.1.Name",
                    operation: "DescribeRepository")
            ) {
                try await client.describeRepository(request)
            }
            #expect(server.requests.isEmpty)
        }
    }
}
