import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import SpecMockCore
import Testing

/// The `drift` fault: 2xx JSON answers change as the mutator says, within the rule's limits;
/// error answers never change.
@Suite("specmock drift fault")
struct SpecMockDriftFaultTests {
    private static let describeKCE = "Action=DescribeCluster&Version=2019-08-06"
    private static let deleteKCE = "Action=DeleteCluster&Version=2019-08-06&ClusterId=x"

    private static func drifting(_ rules: String...) async throws -> SpecMock {
        try await SpecMockFixture.make(faults: rules.map { try FaultRule(parsing: $0) })
    }

    private static func hasUndocumentedMember(_ body: JSONValue) -> Bool {
        body["specmock_undocumented"] != nil
    }

    @Test("drift changes a documented answer exactly as the service's mutator does, with every kind")
    func changesTheAnswer() async throws {
        let plain = SpecMockFixture.rpc(try await SpecMockFixture.stateless(), Self.describeKCE)
        let mock = try await Self.drifting("drift")
        let drifted = SpecMockFixture.rpc(mock, Self.describeKCE)
        #expect(drifted.status == 200 && plain.status == 200)
        #expect(drifted.body != plain.body)
        let mutator = try #require(mock.mutators["KCE"])
        let operation = try #require(mutator.operation(named: "DescribeCluster"))
        let expected = mutator.mutate(plain.body, of: operation, applying: ResponseMutation.all)
        #expect(drifted.body == expected.body)
        let kinds = Set(expected.drift.map(\.kind))
        #expect(kinds.isSuperset(of: [.coercedType, .unknownField, .unexpectedNull, .unknownEnumValue]), "\(kinds)")
        #expect(mock.faults.firings == [1])
    }

    @Test("drift=KINDS applies only those kinds, on ROA answers too")
    func chosenKinds() async throws {
        let plain = SpecMockFixture.roa(try await SpecMockFixture.stateless(), "GET", "/clusters/c1")
        let mock = try await Self.drifting("drift=fields+strings")
        let drifted = SpecMockFixture.roa(mock, "GET", "/clusters/c1")
        let mutator = try #require(mock.mutators["ACK"])
        let operation = try #require(mutator.operation(named: "DescribeClusterDetail"))
        let expected = mutator.mutate(plain.body, of: operation, applying: [.undocumentedFields, .stringifiedScalars])
        #expect(drifted.status == 200 && drifted.body == expected.body)
        #expect(Set(expected.drift.map(\.kind)) == [.unknownField, .coercedType])
    }

    @Test("count= and operation= limit the answers that drift; other operations do not use up the count")
    func countAndOperation() async throws {
        let mock = try await Self.drifting("drift=fields:operation=DescribeCluster:count=1")
        let other = SpecMockFixture.rpc(mock, Self.deleteKCE)
        #expect(other.status == 200 && !Self.hasUndocumentedMember(other.body))
        #expect(mock.faults.firings == [0])
        #expect(Self.hasUndocumentedMember(SpecMockFixture.rpc(mock, Self.describeKCE).body))
        #expect(!Self.hasUndocumentedMember(SpecMockFixture.rpc(mock, Self.describeKCE).body))
        #expect(mock.faults.firings == [1])
    }

    @Test("service= limits drift to one service; rate= draws from the seeded generator")
    func serviceAndRate() async throws {
        let mock = try await Self.drifting("drift=fields:service=ACK")
        #expect(!Self.hasUndocumentedMember(SpecMockFixture.rpc(mock, Self.describeKCE).body))
        #expect(Self.hasUndocumentedMember(SpecMockFixture.roa(mock, "GET", "/clusters/c1").body))
        let never = try await Self.drifting("drift=fields:rate=0")
        #expect(!Self.hasUndocumentedMember(SpecMockFixture.rpc(never, Self.describeKCE).body))
    }

    @Test("Error answers are never changed and do not use up the count")
    func errorsUntouched() async throws {
        let plain = try await SpecMockFixture.stateless()
        let mock = try await Self.drifting("drift:count=1")
        for form in ["Action=DeleteCluster&Version=2019-08-06", "Action=NoSuchAction&Version=2019-08-06"] {
            let expected = SpecMockFixture.rpc(plain, form)
            let answer = SpecMockFixture.rpc(mock, form)
            #expect(answer.status >= 400 && answer.status == expected.status && answer.body == expected.body, "\(form)")
        }
        let invalid = SpecMockFixture.roa(mock, "GET", "/api/v1/clusters?cluster_type=Swarm")
        #expect(
            invalid.status == 400
                && invalid.body == SpecMockFixture.roa(plain, "GET", "/api/v1/clusters?cluster_type=Swarm").body)
        #expect(mock.faults.firings == [0])
    }

    @Test("A rule that answers in the mock's place goes first; drift then changes the normal answers")
    func afterReplacingRules() async throws {
        let mock = try await Self.drifting("status=503:count=1", "drift=fields")
        let failed = SpecMockFixture.rpc(mock, Self.describeKCE)
        #expect(failed.status == 503 && !Self.hasUndocumentedMember(failed.body))
        let drifted = SpecMockFixture.rpc(mock, Self.describeKCE)
        #expect(drifted.status == 200 && Self.hasUndocumentedMember(drifted.body))
        #expect(mock.faults.firings == [1, 1])
    }

    @Test("Stateful answers drift too; the store's 404 does not")
    func statefulAnswers() async throws {
        let mock = try await SpecMockFixture.make(
            stateful: StatefulSettings(),
            faults: [try FaultRule(parsing: "drift=fields:operation=DescribeClusterDetail")])
        let created = SpecMockFixture.roa(
            mock, "POST", "/clusters", body: #"{"name":"drift","region_id":"cn-hangzhou","cluster_type":"Kubernetes"}"#)
        #expect(created.status == 200 && !Self.hasUndocumentedMember(created.body))
        let id = try #require(created.body["cluster_id"]?.stringValue)
        let detail = SpecMockFixture.roa(mock, "GET", "/clusters/\(id)")
        #expect(detail.status == 200 && Self.hasUndocumentedMember(detail.body))
        #expect(detail.body["cluster_id"]?.stringValue == id && detail.body["name"]?.stringValue == "drift")
        let missing = SpecMockFixture.roa(mock, "GET", "/clusters/c-none")
        #expect(missing.status == 404 && !Self.hasUndocumentedMember(missing.body))
        #expect(mock.faults.firings == [1])
    }

    @Test("Through the running server the generated client still reads an answer with undocumented members")
    func throughTheServer() async throws {
        let mock = try await Self.drifting("drift=fields:service=KCE")
        try await SpecMockFixture.withServer(mock) { server in
            var configuration = EndToEnd.configuration(server)
            configuration.retryPolicy = .none
            let kce = KCEClient(configuration: configuration, credentials: EndToEnd.credentials)
            let page = try await kce.describeCluster(.init())
            #expect(page.clusterSet?.isEmpty == false)
            #expect(mock.faults.firings == [1])
        }
    }
}
