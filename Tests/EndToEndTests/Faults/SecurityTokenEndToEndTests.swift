import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import Testing

/// STS credentials end to end: the token travels in the vendor's header and the signature still verifies.
@Suite("Security tokens end to end")
struct SecurityTokenEndToEndTests {
    private static let token = "CAIS-e2e-sts-token-4f2a"
    private static let stsCredentials = StaticCredentialsProvider(
        accessKeyID: EndToEnd.accessKeyID, accessKeySecret: EndToEnd.secret, securityToken: token)

    @Test("ACK signs and sends x-acs-security-token", arguments: [SignatureAlgorithm.acsHMACSHA1, .acs3HMACSHA256])
    func ack(algorithm: SignatureAlgorithm) async throws {
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(
                configuration: EndToEnd.configuration(server, algorithm: algorithm), credentials: Self.stsCredentials)
            _ = try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-sts"))
            let received = try EndToEnd.onlyRequest(server)
            #expect(received.header("x-acs-security-token") == Self.token)
            EndToEnd.expectVerified(received, algorithm)
        }
    }

    @Test("KCE signs and sends X-Amz-Security-Token")
    func kce() async throws {
        try await EndToEnd.withSpecServer { server in
            let client = KCEClient(configuration: EndToEnd.configuration(server), credentials: Self.stsCredentials)
            _ = try await client.describeCluster()
            let received = try EndToEnd.onlyRequest(server)
            #expect(received.header("X-Amz-Security-Token") == Self.token)
            EndToEnd.expectVerified(received, .aws4HMACSHA256)
        }
    }

    @Test("An sts profile of the credentials file, found by the default chain, reaches the server signed")
    func chainFromCredentialsFile() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sts-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent(".alibabacloud")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ini = """
            [ci]
            type = sts
            access_key_id = \(EndToEnd.accessKeyID)
            access_key_secret = \(EndToEnd.secret)
            security_token = \(Self.token)
            """
        try Data(ini.utf8).write(to: folder.appendingPathComponent("credentials"))
        let chain = CredentialsProviderChain.alibabaCloudDefault(environment: { [path = home.path] in
            ["HOME": path, "ALIBABA_CLOUD_PROFILE": "ci"]
        })
        try await EndToEnd.withSpecServer { server in
            let client = ACKClient(configuration: EndToEnd.configuration(server), credentials: chain)
            _ = try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-sts"))
            let received = try EndToEnd.onlyRequest(server)
            #expect(received.header("x-acs-security-token") == Self.token)
            EndToEnd.expectVerified(received, .acsHMACSHA1)
        }
    }
}
