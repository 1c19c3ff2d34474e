import CloudRuntime
import Foundation
import Synchronization
import Testing

@Suite("Credentials provider chain")
struct CredentialsProviderChainTests {
    /// A provider that counts its calls and answers from a closure.
    final class Counting: CredentialsProvider {
        let calls = Mutex(0)
        let answer: @Sendable (Int) throws -> Credentials

        init(_ answer: @escaping @Sendable (Int) throws -> Credentials) {
            self.answer = answer
        }

        func credentials() async throws -> Credentials {
            let call = self.calls.withLock { value in
                value += 1
                return value
            }
            return try self.answer(call)
        }
    }

    private struct OpaqueError: Error, CustomStringConvertible {
        var description: String { "vault said Signature=abc123 is expired" }
    }

    private let good = Credentials(accessKeyID: "AK-good", accessKeySecret: "chain-secret-1")

    @Test("Tries providers in order, then asks only the one that succeeded")
    func ordersAndCaches() async throws {
        let failing = Counting { _ in throw CredentialsError(message: "nothing here") }
        let working = Counting { [good] _ in good }
        let later = Counting { _ in Credentials(accessKeyID: "AK-later", accessKeySecret: "x") }
        let chain = CredentialsProviderChain([
            .init(name: "first", provider: failing), .init(name: "second", provider: working),
            .init(name: "third", provider: later),
        ])
        #expect(try await chain.credentials() == self.good)
        #expect(try await chain.credentials() == self.good)
        #expect(failing.calls.withLock { $0 } == 1)
        #expect(working.calls.withLock { $0 } == 2)
        #expect(later.calls.withLock { $0 } == 0)
    }

    @Test("When the cached provider fails, the chain is walked again")
    func fallsBackAfterCachedFailure() async throws {
        let flaky = Counting { [good] call in
            guard call == 1 else { throw CredentialsError(message: "gone") }
            return good
        }
        let backup = Counting { _ in Credentials(accessKeyID: "AK-backup", accessKeySecret: "x") }
        let chain = CredentialsProviderChain([
            .init(name: "flaky", provider: flaky), .init(name: "backup", provider: backup),
        ])
        #expect(try await chain.credentials().accessKeyID == "AK-good")
        #expect(try await chain.credentials().accessKeyID == "AK-backup")
        #expect(try await chain.credentials().accessKeyID == "AK-backup")
        #expect(backup.calls.withLock { $0 } == 2)
    }

    @Test("The error names every provider and why, never a value")
    func errorNamesEveryProvider() async throws {
        let chain = CredentialsProviderChain.alibabaCloudDefault(environment: {
            ["HOME": "/nonexistent-home", "ALIBABA_CLOUD_ACCESS_KEY_ID": "AK-half"]
        })
        let error = await #expect(throws: CredentialsError.self) { _ = try await chain.credentials() }
        let message = error?.message ?? ""
        #expect(message.hasPrefix("No credentials found. Tried environment: "))
        #expect(message.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))
        #expect(message.contains("credentials file: /nonexistent-home/.alibabacloud/credentials does not exist"))
        #expect(message.contains("CLI configuration: /nonexistent-home/.aliyun/config.json does not exist"))
        #expect(error?.missingVariables == ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])

        let opaque = CredentialsProviderChain([.init(name: "vault", provider: Counting { _ in throw OpaqueError() })])
        let redacted = await #expect(throws: CredentialsError.self) { _ = try await opaque.credentials() }
        #expect(redacted?.message == "No credentials found. Tried vault: vault said Signature=<redacted> is expired")
    }

    @Test("The Alibaba preset prefers the environment, then the credentials file")
    func alibabaPresetOrder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("[default]\naccess_key_id = AK-file\naccess_key_secret = s\n", to: ".alibabacloud/credentials")
        try folder.write(
            #"{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"AK-cli","access_key_secret":"s"}]}"#,
            to: ".aliyun/config.json")
        let home = folder.url.path
        let fromEnvironment = CredentialsProviderChain.alibabaCloudDefault(environment: {
            ["HOME": home, "ALIBABA_CLOUD_ACCESS_KEY_ID": "AK-env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s"]
        })
        #expect(try await fromEnvironment.credentials().accessKeyID == "AK-env")
        #expect(
            try await CredentialsProviderChain.alibabaCloudDefault(environment: { ["HOME": home] }).credentials()
                .accessKeyID == "AK-file")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".alibabacloud"))
        #expect(
            try await CredentialsProviderChain.alibabaCloudDefault(environment: { ["HOME": home] }).credentials()
                .accessKeyID == "AK-cli")
    }

    @Test("The Kingsoft preset reads KSYUN_* variables")
    func kingsoftPreset() async throws {
        let chain = CredentialsProviderChain.kingsoftCloudDefault(environment: {
            ["KSYUN_ACCESS_KEY": "AK-ks", "KSYUN_SECRET_KEY": "s", "KSYUN_SECURITY_TOKEN": "tok"]
        })
        #expect(
            try await chain.credentials()
                == Credentials(accessKeyID: "AK-ks", accessKeySecret: "s", securityToken: "tok"))
        #expect(CredentialsProviderChain.kingsoftCloudDefault.links.map(\.name) == ["environment"])
        #expect(
            CredentialsProviderChain.alibabaCloudDefault.links.map(\.name) == [
                "environment", "credentials file", "CLI configuration",
            ])
    }
}
