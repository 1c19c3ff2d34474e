import AlibabaACK
import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import KingsoftKCR
import SpecMockCore
import Testing

/// The three services against the in-process mock, from a package of one's own.
@Suite struct MockTests {
    static let specs = [
        "../cloud-sdk/spec/alibaba-ack", "../cloud-sdk/spec/kingsoft-kce", "../cloud-sdk/spec/kingsoft-kcr",
    ]
    static let credentials = StaticCredentialsProvider(
        accessKeyID: SpecMock.demoAccessKeyID, accessKeySecret: SpecMock.demoAccessKeySecret)

    @Test func callsEveryServiceAndReadsItsErrors() async throws {
        let mock = try SpecMock(specDirectories: Self.specs, stateful: StatefulSettings())
        let server = try mock.start()
        defer { server.shutdown() }
        let configuration = ClientConfiguration(endpoint: server.baseURL)

        let ack = ACKClient(configuration: configuration, credentials: Self.credentials)
        let created = try await ack.createCluster(
            .init(name: "demo", regionID: "cn-hangzhou", clusterType: .kubernetes))
        #expect(created.clusterID != nil)

        let kce = KCEClient(configuration: configuration, credentials: Self.credentials)
        let clusters = try await kce.describeCluster(.init())
        #expect(clusters.requestID != nil)

        let kcr = KCRClient(configuration: configuration, credentials: Self.credentials)
        let namespaces = try await kcr.describeRepoNamespace(.init())
        #expect(namespaces.requestID != nil)

        do {
            _ = try await ack.describeClusterDetail(.init(clusterID: "c-missing"))
            Issue.record("a missing cluster was found")
        } catch let error as any CloudError {
            #expect(error.operation == "DescribeClusterDetail")
            print(error.localizedDescription)
        }
    }
}
