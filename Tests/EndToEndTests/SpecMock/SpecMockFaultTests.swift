import AlibabaACK
import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import SpecMockCore
import Testing

/// Fault injection: counts, seeded rates, throttling bodies and stalls against client timeouts.
@Suite("specmock faults")
struct SpecMockFaultTests {
    private static func configuration(
        _ server: MockServer, timeout: Timeout = Timeout(connect: .seconds(5), request: .seconds(10))
    )
        -> ClientConfiguration
    {
        var configuration = EndToEnd.configuration(server, timeout: timeout)
        configuration.retryPolicy = .none
        return configuration
    }

    @Test("status=503:count=2 fails twice with ServiceUnavailable, then answers normally")
    func count() async throws {
        let mock = try await SpecMockFixture.make(faults: [try FaultRule(parsing: "status=503:count=2")])
        try await SpecMockFixture.withServer(mock) { server in
            let ack = ACKClient(configuration: Self.configuration(server), credentials: EndToEnd.credentials)
            for _ in 1...2 {
                let error = try await #require(throws: ServiceError.self) {
                    _ = try await ack.describeClusterDetail(.init(clusterID: "c1"))
                }
                #expect(error.httpStatus == 503 && error.code == "ServiceUnavailable")
            }
            #expect(try await ack.describeClusterDetail(.init(clusterID: "c1")).clusterID != nil)
            #expect(mock.faults.firings == [2])
        }
    }

    @Test("The runtime's retries carry a call through a counted fault")
    func retriedThrough() async throws {
        let mock = try await SpecMockFixture.make(faults: [try FaultRule(parsing: "status=503:count=1:retry-after=0")])
        try await SpecMockFixture.withServer(mock) { server in
            var configuration = EndToEnd.configuration(server)
            configuration.retrySleeper = { _ in }
            let ack = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let cluster = try await ack.describeClusterDetail(.init(clusterID: "c1"))
            #expect(cluster.clusterID != nil)
            #expect(server.requests.count == 2)
        }
    }

    @Test(
        "throttle answers with the vendor's flow-control error and Retry-After",
        arguments: [("ACK", 429, "Throttling.User"), ("KCE", 409, "LimitExceeded")])
    func throttle(service: String, status: Int, code: String) async throws {
        let mock = try await SpecMockFixture.make(faults: [
            try FaultRule(parsing: "throttle:service=\(service):retry-after=3")
        ])
        try await SpecMockFixture.withServer(mock) { server in
            let error = try await #require(throws: ServiceError.self) {
                if service == "ACK" {
                    _ = try await ACKClient(
                        configuration: Self.configuration(server), credentials: EndToEnd.credentials
                    )
                    .describeClusterDetail(.init(clusterID: "c1"))
                } else {
                    _ = try await KCEClient(
                        configuration: Self.configuration(server), credentials: EndToEnd.credentials
                    )
                    .describeCluster(.init())
                }
            }
            #expect(error.httpStatus == status && error.code == code)
            let answer = mock.respond(to: try EndToEnd.onlyRequest(server))
            #expect(answer.headers["Retry-After"] == "3")
        }
    }

    @Test("operation= limits a rule to one operation")
    func operationFilter() async throws {
        let mock = try await SpecMockFixture.make(faults: [try FaultRule(parsing: "status=500:operation=DescribeCluster")])
        #expect(SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06").status == 500)
        #expect(SpecMockFixture.rpc(mock, "Action=DeleteCluster&Version=2019-08-06&ClusterId=x").status == 200)
    }

    @Test("rate= fires by a seeded generator: the same seed repeats, the share is close to the rate")
    func seededRate() async throws {
        let rule = try FaultRule(parsing: "throttle:rate=0.2")
        func pattern(seed: UInt64) async throws -> [Bool] {
            let mock = try await SpecMockFixture.make(faults: [rule], seed: seed)
            return (0..<400).map { _ in
                SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06").status == 409
            }
        }
        let first = try await pattern(seed: 7)
        let again = try await pattern(seed: 7)
        let other = try await pattern(seed: 8)
        #expect(again == first)
        #expect(other != first)
        let share = Double(first.filter { $0 }.count) / Double(first.count)
        #expect(abs(share - 0.2) < 0.06, "share \(share)")
    }

    @Test("stall= outlasts the client's timeout: a TransportError, not an answer")
    func stallVersusTimeout() async throws {
        let mock = try await SpecMockFixture.make(faults: [try FaultRule(parsing: "stall=3s:count=1")])
        try await SpecMockFixture.withServer(mock) { server in
            let configuration = Self.configuration(
                server, timeout: Timeout(connect: .seconds(2), request: .milliseconds(400)))
            let ack = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            // Had the client waited for the stall to end, the closed connection would be an empty reply, not a timeout.
            let error = try await #require(throws: TransportError.self) {
                _ = try await ack.describeClusterDetail(.init(clusterID: "c1"))
            }
            #expect(error.kind == .timedOut, "\(error)")
            #expect(try await ack.describeClusterDetail(.init(clusterID: "c1")).clusterID != nil)
        }
    }

    @Test("close ends the connection without an answer: a TransportError that is not a timeout")
    func close() async throws {
        let mock = try await SpecMockFixture.make(faults: [try FaultRule(parsing: "close:count=1:service=KCE")])
        try await SpecMockFixture.withServer(mock) { server in
            let kce = KCEClient(configuration: Self.configuration(server), credentials: EndToEnd.credentials)
            let error = try await #require(throws: TransportError.self) { _ = try await kce.describeCluster(.init()) }
            #expect(error.kind != .timedOut, "\(error)")
            let page = try await kce.describeCluster(.init())
            #expect(page.clusterSet?.isEmpty == false)
        }
    }

    @Test("Rules can be replaced while the server runs")
    func programmatic() async throws {
        let mock = try await SpecMockFixture.make()
        #expect(SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06").status == 200)
        mock.faults.setRules([FaultRule(action: .status(502), count: 1)])
        #expect(SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06").status == 502)
        #expect(SpecMockFixture.rpc(mock, "Action=DescribeCluster&Version=2019-08-06").status == 200)
    }
}
