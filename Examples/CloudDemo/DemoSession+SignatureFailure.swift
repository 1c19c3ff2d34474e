import AlibabaACK
import CloudRuntime
import SpecMockCore

extension DemoSession {
    /// One call signed with a wrong secret: the mock's verifier refuses it as Alibaba's gateway does,
    /// and the client throws a typed ``ServiceError``.
    func runSignatureFailure() async throws {
        print("Signature failure — DescribeClustersV1 signed with a wrong secret (ACS v1)")
        let client = ACKClient(
            configuration: self.configuration(algorithm: .acsHMACSHA1),
            credentials: StaticCredentialsProvider(
                accessKeyID: SpecMock.demoAccessKeyID, accessKeySecret: Self.wrongSecret))
        do {
            _ = try await client.describeClustersV1(.init())
            self.expect(false, "the call with a wrong secret succeeded")
        } catch let error as ServiceError {
            let code = error.code ?? "-"
            print("  ServiceError: HTTP \(error.httpStatus), code \(code), request id \(error.requestID ?? "-")")
            let text = "\(error)"
            self.expect(!text.contains(Self.wrongSecret), "an error description contains a secret")
            self.expect(
                error.code == "SignatureDoesNotMatch", "expected SignatureDoesNotMatch, got \(error.code ?? "none")")
        }
    }
}
