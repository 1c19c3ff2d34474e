@_spi(Generated) import CloudRuntime
import Foundation
import HTTPTypes
import Logging

/// Service descriptions, requests and responses shaped like the generated ones, for client tests.
enum TestService {
    static let ack = ServiceDescriptor(
        name: "ACK", apiVersion: "2015-12-15", protocol: .roa, product: "CS",
        endpoint: EndpointTemplate("https://cs.{region}.aliyuncs.com", defaultRegion: "cn-hangzhou"),
        signatureAlgorithms: [.acsHMACSHA1, .acs3HMACSHA256], signingService: nil, rpcMethods: [])

    static let kce = ServiceDescriptor(
        name: "KCE", apiVersion: "2019-08-06", protocol: .rpc, product: "KCE",
        endpoint: EndpointTemplate("https://kce.{region}.api.ksyun.com", defaultRegion: "cn-beijing-6"),
        signatureAlgorithms: [.aws4HMACSHA256], signingService: "kce", rpcMethods: [.post, .get])

    static let credentials = StaticCredentialsProvider(accessKeyID: "AKIDEXAMPLE", accessKeySecret: "TOP-SECRET-KEY")
    static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func configuration(
        endpoint: String? = "http://127.0.0.1:8080", region: String? = nil, rpcMethod: HTTPRequest.Method? = nil,
        signatureAlgorithm: SignatureAlgorithm? = nil, logger: Logger = Logger(label: "test"),
        retryPolicy: RetryPolicy = .default, sleeper: FakeSleeper = FakeSleeper(),
        nonce: @escaping @Sendable () -> String = { "nonce-1" }
    ) -> ClientConfiguration {
        ClientConfiguration(
            region: region, endpoint: endpoint.flatMap { URL(string: $0) }, signatureAlgorithm: signatureAlgorithm,
            rpcMethod: rpcMethod, logger: logger, userAgent: "test-agent", clock: { TestService.fixedDate },
            nonce: nonce, retryPolicy: retryPolicy, retrySleeper: { try await sleeper.sleep($0) })
    }

    static func client(
        _ service: ServiceDescriptor = TestService.ack, configuration: ClientConfiguration = TestService.configuration(),
        transport: any HTTPTransport
    ) -> ServiceClient {
        ServiceClient(service: service, configuration: configuration, credentials: Self.credentials, transport: transport)
    }

    // MARK: - ROA

    struct DescribeClusterDetail: ROARequestEncodable {
        static let operation = OperationDescriptor(name: "DescribeClusterDetail", method: .get, path: "/clusters/{ClusterId}")
        var clusterID: String
        var name: String?

        func encode(to request: inout ROARequestEncoder) throws {
            try request.setPathParameter("ClusterId", self.clusterID)
            try request.addQueryParameter("name", self.name)
        }
    }

    struct CreateCluster: ROARequestEncodable {
        static let operation = OperationDescriptor(name: "CreateCluster", method: .post, path: "/clusters")
        var name: String
        var size: Int?

        func encode(to request: inout ROARequestEncoder) throws {
            try request.setBodyField("name", self.name)
            try request.setBodyField("size", self.size)
        }
    }

    struct ClusterDetail: ServiceResponse, Equatable {
        var clusterID: String?
        var state: String?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case clusterID = "cluster_id"
            case state
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.clusterID = try container.decodeIfPresent(String.self, forKey: .clusterID)
            self.state = try container.decodeIfPresent(String.self, forKey: .state)
        }
    }

    struct StrictCluster: ServiceResponse {
        var size: Int
        var requestID: String?

        enum CodingKeys: String, CodingKey { case size }

        init(from decoder: any Decoder) throws {
            self.size = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .size)
        }
    }

    // MARK: - RPC

    struct DescribeCluster: RPCRequestEncodable {
        static let operation = OperationDescriptor(name: "DescribeCluster", action: "DescribeCluster")
        var clusterIDs: [String]?
        var search: String?
        var password: String?

        func encode(to encoder: inout RPCParameterEncoder) throws {
            try encoder.encodeList(self.clusterIDs, forKey: "ClusterId", indexBase: 1)
            try encoder.encode(self.search, forKey: "Search")
            try encoder.encode(self.password, forKey: "InstancePassword")
        }
    }

    /// A Kingsoft response that decodes its own request ID from the body.
    struct DescribeClusterResponse: ServiceResponse {
        var totalCount: Int?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case totalCount = "TotalCount"
            case requestID = "RequestId"
        }
    }
}
