import CloudRuntime
import Foundation
import Testing

@Suite("Alibaba Cloud credential files")
struct AlibabaCredentialsFileProviderTests {
    private let secret = "file-secret-7c1d"
    private let token = "file-token-CAIS-9e"

    private var ini: String {
        """
        # comment
        [default]
        type = access_key
        access_key_id = LTAIdefault
        access_key_secret = \(secret)

        [sts-profile]
        type = sts
        access_key_id = STS.id
        access_key_secret = "\(secret)"
        security_token = \(token)

        [role]
        type = ecs_ram_role
        role_name = r

        [broken]
        type = access_key
        access_key_id = LTAIbroken
        """
    }

    private var cliJSON: String {
        """
        {"current": "work", "profiles": [
          {"name": "default", "mode": "AK", "access_key_id": "LTAIcli", "access_key_secret": "\(secret)", "sts_token": ""},
          {"name": "work", "mode": "StsToken", "access_key_id": "STS.cli", "access_key_secret": "\(secret)", "sts_token": "\(token)"},
          {"name": "ram", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y"}
        ]}
        """
    }

    private func error(_ provider: AlibabaCredentialsFileProvider) async -> CredentialsError? {
        let error = await #expect(throws: CredentialsError.self) { _ = try await provider.credentials() }
        if let text = error?.description {
            #expect(!text.contains(self.secret))
            #expect(!text.contains(self.token))
        }
        return error
    }

    @Test("INI: the default profile under HOME, and ALIBABA_CLOUD_PROFILE choosing an sts profile")
    func iniProfiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(self.ini, to: ".alibabacloud/credentials")
        let home = folder.url.path

        let plain = try await AlibabaCredentialsFileProvider.credentialsFile(environment: { ["HOME": home] })
            .credentials()
        #expect(plain == Credentials(accessKeyID: "LTAIdefault", accessKeySecret: self.secret))

        let sts = try await AlibabaCredentialsFileProvider.credentialsFile(
            environment: { ["HOME": home, "ALIBABA_CLOUD_PROFILE": "sts-profile"] }
        ).credentials()
        #expect(sts == Credentials(accessKeyID: "STS.id", accessKeySecret: self.secret, securityToken: self.token))
    }

    @Test("INI: ALIBABA_CLOUD_CREDENTIALS_FILE names the file")
    func iniFileVariable() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "[default]\naccess_key_id = LTAIother\naccess_key_secret = \(self.secret)\n", to: "elsewhere.ini")
        let credentials = try await AlibabaCredentialsFileProvider.credentialsFile(
            environment: { ["HOME": "/nonexistent", "ALIBABA_CLOUD_CREDENTIALS_FILE": path] }
        ).credentials()
        #expect(credentials.accessKeyID == "LTAIother")
    }

    @Test("INI errors name the file, profile and keys but no value")
    func iniErrors() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(self.ini, to: "credentials")

        let missingFile = await error(.credentialsFile(path: folder.url.appendingPathComponent("none").path))
        #expect(missingFile?.message.contains("does not exist") == true)
        let missingProfile = await error(.credentialsFile(path: path, profile: "nope"))
        #expect(
            missingProfile?.message == "\(path) has no profile [nope] (profiles: default, sts-profile, role, broken)")
        let unsupported = await error(.credentialsFile(path: path, profile: "role"))
        #expect(unsupported?.message.contains("type 'ecs_ram_role'") == true)
        let incomplete = await error(.credentialsFile(path: path, profile: "broken"))
        #expect(incomplete?.message == "profile [broken] in \(path) lacks access_key_secret")
        let noHome = await error(.credentialsFile(environment: { [:] }))
        #expect(noHome?.missingVariables == ["HOME"])
    }

    @Test("CLI config: the current profile, ALIBABA_CLOUD_PROFILE, and an explicit profile")
    func cliProfiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(self.cliJSON, to: ".aliyun/config.json")
        let home = folder.url.path

        let current = try await AlibabaCredentialsFileProvider.cliConfiguration(environment: { ["HOME": home] })
            .credentials()
        #expect(current == Credentials(accessKeyID: "STS.cli", accessKeySecret: self.secret, securityToken: self.token))
        let byVariable = try await AlibabaCredentialsFileProvider.cliConfiguration(
            environment: { ["HOME": home, "ALIBABA_CLOUD_PROFILE": "default"] }
        ).credentials()
        #expect(byVariable == Credentials(accessKeyID: "LTAIcli", accessKeySecret: self.secret))
        let unsupported = await error(.cliConfiguration(profile: "ram", environment: { ["HOME": home] }))
        #expect(unsupported?.message.contains("mode 'RamRoleArn'") == true)
    }

    @Test("CLI config errors: malformed JSON and an StsToken profile without its token")
    func cliErrors() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let malformed = try folder.write("{\"profiles\": [\"\(self.secret)\"", to: "bad.json")
        let error1 = await error(.cliConfiguration(path: malformed))
        #expect(error1?.message.contains("is not a valid") == true)
        let tokenless = try folder.write(
            #"{"profiles":[{"name":"default","mode":"StsToken","access_key_id":"a","access_key_secret":"b"}]}"#,
            to: "c.json")
        let error2 = await error(.cliConfiguration(path: tokenless, environment: { [:] }))
        #expect(error2?.message == "profile 'default' in \(tokenless) lacks sts_token")
    }
}
