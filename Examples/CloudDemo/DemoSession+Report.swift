import AlibabaACK
import CloudRuntime
import CloudTestSupport

extension DemoSession {
    /// What the demo does, for a first-time reader.
    func printHeader(_ server: MockServer) {
        print("cloud-demo: the generated Swift clients, end to end, with no cloud account")
        print("")
        print("A mock server on \(server.baseURLString) answers every call with the response example documented")
        print("for it in '\(self.specDirectory)' (ACK, KCE, KCR), whatever IDs are asked for, and recomputes each request")
        print("signature on its own, with a fake demo key (\(Self.demoKeyID)). Each line below is one HTTP call")
        print("made by a generated client through libcurl; SERVER CHECK is the server's own signature verdict.")
        print("")
    }

    /// Calls with a wrong secret and expects the server's SignatureDoesNotMatch; true when it came.
    func deliberateFailure(_ server: MockServer) async -> Bool {
        print("Deliberate failure: DescribeClusterDetail signed with a wrong secret (ACS v1)")
        let client = ACKClient(
            configuration: self.configuration(server, algorithm: .acsHMACSHA1),
            credentials: StaticCredentialsProvider(accessKeyID: Self.demoKeyID, accessKeySecret: Self.wrongSecret))
        do {
            _ = try await client.describeClusterDetail(ACK.DescribeClusterDetailRequest(clusterID: "c-demo"))
            self.outcome.problems.append("the call with a wrong secret succeeded")
            print("  unexpected: the call succeeded")
            return false
        } catch let error as ServiceError {
            let text = "\(error)"
            if text.contains(Self.demoSecret) || text.contains(Self.wrongSecret) {
                self.outcome.problems.append("an error description contains a secret")
                print("  unexpected: the error text contains a secret (not shown)")
                return false
            }
            print("  ServiceError  status \(error.httpStatus)  code \(error.code ?? "-")  request id \(error.requestID ?? "-")")
            print("  message: \(Self.oneLine(error.message ?? "-"))")
            guard error.code == "SignatureDoesNotMatch" else {
                self.outcome.problems.append("expected SignatureDoesNotMatch, got \(error.code ?? "no code")")
                return false
            }
            return true
        } catch {
            self.outcome.problems.append("expected a ServiceError, got \(error)")
            print("  unexpected error: \(error)")
            return false
        }
    }

    /// The closing line: calls, verified signatures, expected errors, and the verdict.
    func printSummary(expectedError: Bool) {
        let verified = self.rows.filter { $0.verdict == "verified" }.count
        print("")
        print("\(self.rows.count) calls, \(verified) signatures verified, \(expectedError ? 1 : 0) expected error")
        if self.outcome.behaved { print("All calls behaved as expected.") }
    }

    /// A message on one line (line breaks shown as ⏎), at most 150 characters.
    static func oneLine(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: "⏎")
        return line.count > 150 ? String(line.prefix(150)) + "…" : line
    }
}
