import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import KingsoftKCE
import KingsoftKCR
import Testing

/// The generated endpoint choices, error-code tables and secret fields of the Kingsoft modules.
@Suite("Kingsoft endpoints, error codes and secrets")
struct KingsoftEndpointsAndErrorsTests {
    static let secretPassword = "Pw-e2e-0123456789"

    /// A configuration with a fixed clock so that the credential scope's date is known.
    private func configuration(
        region: String? = nil, endpoint: URL? = nil, choice: EndpointChoice? = nil, rpcMethod: HTTPRequest.Method? = nil
    ) -> ClientConfiguration {
        ClientConfiguration(
            region: region, endpoint: endpoint, endpointChoice: choice, rpcMethod: rpcMethod,
            clock: { Date(timeIntervalSince1970: 1_700_000_000) })
    }

    private func prepareDescribeCluster(_ configuration: ClientConfiguration) async throws -> PreparedRequest {
        let client = KCEClient(configuration: configuration, credentials: EndToEnd.credentials)
        let request = KCE.DescribeClusterRequest()
        return try await client.client.prepare(request, operation: KCE.DescribeClusterRequest.operation)
    }

    private func credentialScope(_ request: PreparedRequest) -> String? {
        guard let authorization = request.headers["Authorization"],
            let start = authorization.range(of: "Credential=")?.upperBound
        else { return nil }
        let credential = authorization[start...].prefix { $0 != "," }
        return credential.split(separator: "/", maxSplits: 1).last.map(String.init)
    }

    @Test("the spec's servers become the default and a global endpoint")
    func descriptorListsBothServers() {
        #expect(KCE.service.endpoints.map(\.template) == ["https://kce.{region}.api.ksyun.com", "https://kce.api.ksyun.com"])
        #expect(KCE.service.endpoints.map(\.choice) == [.regional, .global])
        #expect(KCR.service.endpoints.map(\.choice) == [.regional, .global])
    }

    @Test("host per endpoint choice; the scope keeps the configured region", arguments: [
        (EndpointChoice?.none, "kce.cn-shanghai-2.api.ksyun.com"),
        (EndpointChoice.regional, "kce.cn-shanghai-2.api.ksyun.com"),
        (EndpointChoice.global, "kce.api.ksyun.com"),
    ])
    func hostFollowsTheChoice(choice: EndpointChoice?, host: String) async throws {
        let prepared = try await self.prepareDescribeCluster(self.configuration(region: "cn-shanghai-2", choice: choice))
        #expect(prepared.scheme == "https")
        #expect(prepared.host == host)
        #expect(self.credentialScope(prepared) == "20231114/cn-shanghai-2/kce/aws4_request")
    }

    @Test("the global endpoint signs for the default region when none is configured")
    func globalEndpointSignsForTheDefaultRegion() async throws {
        let prepared = try await self.prepareDescribeCluster(self.configuration(choice: .global))
        #expect(prepared.host == "kce.api.ksyun.com")
        #expect(self.credentialScope(prepared) == "20231114/cn-beijing-6/kce/aws4_request")
    }

    @Test("an endpoint override wins over the choice")
    func overrideWins() async throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:8089/proxy"))
        let prepared = try await self.prepareDescribeCluster(
            self.configuration(region: "eu-east-1", endpoint: endpoint, choice: .global))
        #expect(prepared.host == "127.0.0.1")
        #expect(prepared.port == 8089)
        #expect(prepared.path == "/proxy/")
        #expect(self.credentialScope(prepared) == "20231114/eu-east-1/kce/aws4_request")
    }

    @Test("an endpoint the service does not have is a clear error")
    func unknownChoiceFails() async throws {
        let error = await #expect(throws: ClientError.self) {
            _ = try await self.prepareDescribeCluster(self.configuration(choice: "private"))
        }
        #expect(error?.kind == .invalidEndpoint)
        #expect(error?.message.contains("'private'") == true)
        #expect(error?.message.contains("regional, global") == true)
    }

    @Test("documented codes match service errors")
    func errorCodesMatchServiceErrors() {
        let error = ServiceError(
            httpStatus: 403, code: "SignatureDoesNotMatch", message: "bad", operation: "DescribeCluster",
            errorType: "Sender")
        #expect(error.code == KCE.ErrorCode.signatureDoesNotMatch)
        #expect(error.code != KCE.ErrorCode.dryRunOperation)
        #expect(KCE.ErrorCode(error) == .signatureDoesNotMatch)
        #expect(KCR.ErrorCode(error) == .signatureDoesNotMatch)
        #expect(KCE.ErrorCode.signatureDoesNotMatch.rawValue == "SignatureDoesNotMatch")
        let matched: Bool
        switch error.code {
        case KCE.ErrorCode.dryRunOperation: matched = false
        case KCE.ErrorCode.signatureDoesNotMatch: matched = true
        default: matched = false
        }
        #expect(matched)
    }

    @Test("a thrown service error is caught by its documented code")
    func catchByCode() {
        func fail() throws { throw ServiceError(httpStatus: 412, code: "DryRunOperation", operation: "CreateCluster") }
        var caught = false
        do {
            try fail()
        } catch let error as ServiceError where error.code == KCE.ErrorCode.dryRunOperation {
            caught = true
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(caught)
    }

    @Test("errors without a code, and other errors, give no code; unknown codes are kept")
    func codeOfOtherErrors() {
        #expect(KCE.ErrorCode(ServiceError(httpStatus: 502, message: "<html>", operation: "DescribeCluster")) == nil)
        #expect(KCE.ErrorCode(CancellationError()) == nil)
        let unknown = ServiceError(httpStatus: 400, code: "BrandNewCode", operation: "DescribeCluster")
        #expect(KCE.ErrorCode(unknown)?.rawValue == "BrandNewCode")
        #expect(unknown.code != KCE.ErrorCode.signatureDoesNotMatch)
        #expect(ServiceError(httpStatus: 500, operation: "X").code != KCE.ErrorCode.signatureDoesNotMatch)
    }

    @Test("a password never shows in descriptions or dumps, yet is sent")
    func passwordIsRedactedButSent() async throws {
        let request = KCR.RegisterRepositoryAccountRequest(password: Self.secretPassword)
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), dumped, "\(request)"] {
            #expect(!text.contains(Self.secretPassword))
            #expect(text.contains("redacted"))
        }
        #expect(request.password == Self.secretPassword)

        let client = KCRClient(configuration: self.configuration(rpcMethod: .post), credentials: EndToEnd.credentials)
        let prepared = try await client.client.prepare(
            request, operation: KCR.RegisterRepositoryAccountRequest.operation)
        let body = String(decoding: prepared.body, as: UTF8.self)
        #expect(body.split(separator: "&").contains("Password=\(Self.secretPassword)"))
    }

    @Test("ModifyPassword's new password is redacted too")
    func modifyPasswordIsRedacted() {
        let request = KCR.ModifyPasswordRequest(password: Self.secretPassword)
        #expect(!String(describing: request).contains(Self.secretPassword))
        #expect(!String(reflecting: request).contains(Self.secretPassword))
    }
}
