import AlibabaACK
import CloudRuntime
import Foundation
import Testing

/// The ACK endpoints the spec lists (public and VPC per region, the finance and government regions,
/// the central endpoint), reached through the generated service description.
@Suite struct ACKEndpointsTests {
    private func host(region: String?, choice: EndpointChoice?) async throws -> String {
        let configuration = ClientConfiguration(
            region: region, endpointChoice: choice, clock: { Date(timeIntervalSince1970: 1_700_000_000) },
            nonce: { "n-1" })
        let client = ACKClient(
            configuration: configuration,
            credentials: StaticCredentialsProvider(accessKeyID: "AKID", accessKeySecret: "secret"))
        let prepared = try await client.client.prepare(
            ACK.DescribeClusterDetailRequest(clusterID: "c1"), operation: ACK.DescribeClusterDetailRequest.operation)
        #expect(prepared.scheme == "https")
        return prepared.host
    }

    @Test func theDescriptorListsPublicVPCAndCentralEndpoints() {
        #expect(ACK.service.endpoints.map(\.choice) == [.regional, .vpc, .global])
        #expect(
            ACK.service.endpoints.map(\.template) == [
                "https://cs.{region}.aliyuncs.com", "https://cs-vpc.{region}.aliyuncs.com", "https://cs.aliyuncs.com",
            ])
    }

    @Test(arguments: [
        (String?.none, EndpointChoice?.none, "cs.cn-hangzhou.aliyuncs.com"),
        ("cn-beijing", .none, "cs.cn-beijing.aliyuncs.com"),
        ("cn-beijing", .vpc, "cs-vpc.cn-beijing.aliyuncs.com"),
        ("ap-southeast-1", .vpc, "cs-vpc.ap-southeast-1.aliyuncs.com"),
        // The finance region whose host drops the trailing `-1`, on both endpoints.
        ("cn-hangzhou-finance-1", .none, "cs.cn-hangzhou-finance.aliyuncs.com"),
        ("cn-hangzhou-finance-1", .vpc, "cs-vpc.cn-hangzhou-finance.aliyuncs.com"),
        ("cn-shanghai-finance-1", .regional, "cs.cn-shanghai-finance-1.aliyuncs.com"),
        ("cn-shenzhen-finance-1", .vpc, "cs-vpc.cn-shenzhen-finance-1.aliyuncs.com"),
        ("cn-north-2-gov-1", .none, "cs.cn-north-2-gov-1.aliyuncs.com"),
        ("cn-north-2-gov-1", .vpc, "cs-vpc.cn-north-2-gov-1.aliyuncs.com"),
        ("cn-shenzhen", .global, "cs.aliyuncs.com"),
    ])
    func hostFollowsRegionAndChoice(region: String?, choice: EndpointChoice?, host: String) async throws {
        #expect(try await self.host(region: region, choice: choice) == host)
    }
}
