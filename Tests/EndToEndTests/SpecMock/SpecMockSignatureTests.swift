import AlibabaACK
import CloudRuntime
import CloudTestSupport
import KingsoftKCE
import KingsoftKCR
import SpecMockCore
import Testing

/// Signatures of all three schemes, checked by the mock as the vendors' gateways do.
@Suite("specmock signatures")
struct SpecMockSignatureTests {
    private static let wrongSecret = "wrong-secret-9f1c"

    private static func call(
        _ server: MockServer, algorithm: SignatureAlgorithm, credentials: StaticCredentialsProvider
    ) async throws {
        let configuration = EndToEnd.configuration(server, algorithm: algorithm)
        switch algorithm {
        case .acsHMACSHA1, .acs3HMACSHA256:
            _ = try await ACKClient(configuration: configuration, credentials: credentials)
                .describeClusterDetail(.init(clusterID: "c1"))
        case .aws4HMACSHA256:
            _ = try await KCEClient(configuration: configuration, credentials: credentials).describeCluster(.init())
        }
    }

    @Test(
        "A signature made with the wrong secret is refused with the vendor's status and code",
        arguments: [
            (SignatureAlgorithm.acsHMACSHA1, 400), (.acs3HMACSHA256, 400), (.aws4HMACSHA256, 403),
        ])
    func wrongSecret(algorithm: SignatureAlgorithm, status: Int) async throws {
        try await SpecMockFixture.withServer(try await SpecMockFixture.stateless()) { server in
            let credentials = StaticCredentialsProvider(
                accessKeyID: EndToEnd.accessKeyID, accessKeySecret: Self.wrongSecret)
            let error = try await #require(throws: ServiceError.self) {
                try await Self.call(server, algorithm: algorithm, credentials: credentials)
            }
            #expect(error.httpStatus == status)
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(!"\(error)".contains(Self.wrongSecret))
            #expect(!"\(error)".contains(EndToEnd.secret))
            let check = try #require(try EndToEnd.onlyRequest(server).signatureCheck)
            #expect(check.scheme == EndToEnd.scheme(of: algorithm))
            #expect(!check.isValid)
        }
    }

    @Test(
        "A valid signature of each scheme reaches the spec's answer",
        arguments: [SignatureAlgorithm.acsHMACSHA1, .acs3HMACSHA256, .aws4HMACSHA256])
    func validSignature(algorithm: SignatureAlgorithm) async throws {
        try await SpecMockFixture.withServer(try await SpecMockFixture.stateless()) { server in
            try await Self.call(server, algorithm: algorithm, credentials: EndToEnd.credentials)
            EndToEnd.expectVerified(try EndToEnd.onlyRequest(server), algorithm)
        }
    }

    @Test(
        "An unknown access key gets the vendor's code for it",
        arguments: [
            (SignatureAlgorithm.acsHMACSHA1, 404, "InvalidAccessKeyId.NotFound"),
            (.aws4HMACSHA256, 403, "InvalidClientTokenId"),
        ])
    func unknownKey(algorithm: SignatureAlgorithm, status: Int, code: String) async throws {
        try await SpecMockFixture.withServer(try await SpecMockFixture.stateless()) { server in
            let credentials = StaticCredentialsProvider(accessKeyID: "NOT-A-KNOWN-KEY", accessKeySecret: "whatever")
            let error = try await #require(throws: ServiceError.self) {
                try await Self.call(server, algorithm: algorithm, credentials: credentials)
            }
            #expect(error.httpStatus == status)
            #expect(error.code == code)
        }
    }

    @Test("KCR, told from KCE by its Version on the same port, is verified too")
    func kcrOnTheSharedPort() async throws {
        try await SpecMockFixture.withServer(try await SpecMockFixture.stateless()) { server in
            let good = KCRClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let repositories = try await good.describeRepository(.init(repoName: ["my-namespace/my-repo"]))
            #expect(repositories.repoSet?.first?.repoName == "my-namespace/my-repo")
            let bad = KCRClient(
                configuration: EndToEnd.configuration(server),
                credentials: StaticCredentialsProvider(
                    accessKeyID: EndToEnd.accessKeyID, accessKeySecret: Self.wrongSecret))
            let error = try await #require(throws: ServiceError.self) {
                _ = try await bad.describeRepository(.init(repoName: ["my-namespace/my-repo"]))
            }
            #expect(error.httpStatus == 403 && error.code == "SignatureDoesNotMatch")
        }
    }
}
