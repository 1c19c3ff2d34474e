import CloudRuntime
import HTTPTypes
import Testing

@Suite("Request idempotency")
struct RequestIdempotencyTests {
    @Test("ROA follows RFC 9110 method semantics")
    func roa() {
        let expected: [HTTPRequest.Method: RequestIdempotency] = [
            .get: .idempotent, .head: .idempotent, .put: .idempotent, .delete: .idempotent,
            .options: .idempotent, .trace: .idempotent, .post: .nonIdempotent, .patch: .nonIdempotent,
            .connect: .nonIdempotent,
        ]
        for method in expected.keys {
            #expect(
                RequestIdempotency.classify(method: method, protocol: .roa, action: "CreateCluster") == expected[method]
            )
        }
    }

    @Test(
        "RPC reads by action name, whatever the method",
        arguments: [
            ("DescribeCluster", RequestIdempotency.idempotent), ("ListTags", .idempotent), ("GetToken", .idempotent),
            ("QueryQuota", .idempotent), ("Describe", .idempotent), ("CreateCluster", .nonIdempotent),
            ("DeleteCluster", .nonIdempotent), ("ModifyClusterName", .nonIdempotent), ("Getaway", .nonIdempotent),
            ("Listen", .nonIdempotent), ("describeCluster", .nonIdempotent),
        ])
    func rpc(action: String, expected: RequestIdempotency) {
        #expect(RequestIdempotency.classify(method: .get, protocol: .rpc, action: action) == expected)
        #expect(RequestIdempotency.classify(method: .post, protocol: .rpc, action: action) == expected)
    }
}
