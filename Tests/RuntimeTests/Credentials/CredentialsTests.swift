import Testing

@testable import CloudRuntime

@Suite struct CredentialsTests {
    private let secret = "s3cr3t-Value-9f8e7d"
    private let token = "sts-token-CAIS-abc123"

    @Test(arguments: [false, true])
    func descriptionsNeverShowSecrets(withToken: Bool) {
        let credentials = Credentials(
            accessKeyID: "LTAI5tExample", accessKeySecret: self.secret, securityToken: withToken ? self.token : nil)
        var dumped = ""
        dump(credentials, to: &dumped)
        let texts = [
            String(describing: credentials), String(reflecting: credentials), "\(credentials)", dumped,
            String(describing: [credentials]), String(describing: Optional(credentials)),
        ]
        for text in texts {
            #expect(!text.contains(self.secret))
            #expect(!text.contains(self.token))
            #expect(text.contains("LTAI5tExample"))
            #expect(text.contains("<redacted>"))
        }
        let expected = withToken
            ? "Credentials(accessKeyID: LTAI5tExample, secret: <redacted>, securityToken: <redacted>)"
            : "Credentials(accessKeyID: LTAI5tExample, secret: <redacted>, securityToken: nil)"
        #expect(String(describing: credentials) == expected)
    }

    @Test func staticProviderReturnsItsCredentials() async throws {
        let provider = StaticCredentialsProvider(accessKeyID: "AK", accessKeySecret: "SK", securityToken: "T")
        #expect(try await provider.credentials() == Credentials(accessKeyID: "AK", accessKeySecret: "SK", securityToken: "T"))
    }
}

@Suite struct EnvironmentCredentialsProviderTests {
    @Test func readsAlibabaVariables() async throws {
        let provider = EnvironmentCredentialsProvider.alibabaCloud {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "secret", "ALIBABA_CLOUD_SECURITY_TOKEN": "tok"]
        }
        #expect(try await provider.credentials() == Credentials(accessKeyID: "LTAI", accessKeySecret: "secret", securityToken: "tok"))
    }

    @Test func readsKingsoftVariablesAndTreatsAnEmptyTokenAsNone() async throws {
        let provider = EnvironmentCredentialsProvider.kingsoftCloud(
            environment: ["KSYUN_ACCESS_KEY": "AKLT", "KSYUN_SECRET_KEY": "secret", "KSYUN_SECURITY_TOKEN": ""])
        #expect(try await provider.credentials() == Credentials(accessKeyID: "AKLT", accessKeySecret: "secret"))
    }

    @Test func errorNamesMissingVariablesButNoValues() async {
        let provider = EnvironmentCredentialsProvider.alibabaCloud {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-visible-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "  "]
        }
        do {
            _ = try await provider.credentials()
            Issue.record("credentials found in an environment without a secret")
        } catch let error as CredentialsError {
            #expect(error.missingVariables == ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])
            #expect(error.message.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))
            #expect(error.message.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"))
            #expect(!error.message.contains("LTAI-visible-id"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func errorListsBothVariablesWhenNothingIsSet() async {
        let provider = EnvironmentCredentialsProvider.kingsoftCloud { [:] }
        await #expect {
            try await provider.credentials()
        } throws: { error in
            let error = error as? CredentialsError
            return error?.missingVariables == ["KSYUN_ACCESS_KEY", "KSYUN_SECRET_KEY"]
                && error?.description.contains("KSYUN_SECURITY_TOKEN") == true
        }
    }

    @Test func customVariableNames() async throws {
        let provider = EnvironmentCredentialsProvider(accessKeyIDVariable: "MY_AK", accessKeySecretVariable: "MY_SK") {
            ["MY_AK": "a", "MY_SK": "b", "ALIBABA_CLOUD_SECURITY_TOKEN": "ignored"]
        }
        #expect(try await provider.credentials() == Credentials(accessKeyID: "a", accessKeySecret: "b"))
    }
}

@Suite struct ProcessEnvironmentTests {
    @Test func presetsReadTheirDocumentedVariableNames() {
        #expect(EnvironmentCredentialsProvider.alibabaCloud.accessKeyIDVariable == "ALIBABA_CLOUD_ACCESS_KEY_ID")
        #expect(EnvironmentCredentialsProvider.alibabaCloud.accessKeySecretVariable == "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        #expect(EnvironmentCredentialsProvider.alibabaCloud.securityTokenVariable == "ALIBABA_CLOUD_SECURITY_TOKEN")
        #expect(EnvironmentCredentialsProvider.kingsoftCloud.accessKeyIDVariable == "KSYUN_ACCESS_KEY")
        #expect(EnvironmentCredentialsProvider.kingsoftCloud.accessKeySecretVariable == "KSYUN_SECRET_KEY")
        #expect(EnvironmentCredentialsProvider.kingsoftCloud.securityTokenVariable == "KSYUN_SECURITY_TOKEN")
    }
}
