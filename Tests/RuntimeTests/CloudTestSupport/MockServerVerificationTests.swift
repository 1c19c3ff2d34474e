import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// The server with `verifying:` set, driven with the known-answer requests of the verifier tests.
@Suite("MockServer signature verification")
struct MockServerVerificationTests {
    static let credentials = [
        "acs-ak": "acs-secret", "AKIDEXAMPLE": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    ]

    /// The request line and header block of a recorded request, for replay over a raw socket.
    static func wire(_ request: RecordedRequest) -> String {
        var text = "\(request.method) \(request.target) HTTP/1.1\r\n"
        for field in request.headers { text += "\(field.name): \(field.value)\r\n" }
        if !request.body.isEmpty { text += "Content-Length: \(request.body.count)\r\n" }
        return text + "\r\n" + request.bodyText
    }

    static func json(_ response: RawConnection.Response) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func validSignaturesReachTheHandler() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json("{}")
        } body: { server in
            for request in [
                SignatureVerifierACSTests.v1Get(), SignatureVerifierACSTests.v1Post(),
                SignatureVerifierAWS4Tests.vanilla(),
            ] {
                let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(request))
                #expect(response.status == 200, "\(response.bodyText)")
            }
            #expect(server.requests.allSatisfy { $0.signatureCheck?.isValid == true })
            #expect(server.requests.map { $0.signatureCheck?.scheme } == [.acsHMACSHA1, .acsHMACSHA1, .aws4HMACSHA256])
        }
    }

    @Test func badACSSignatureGetsAlibabaError() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json("{}")
        } body: { server in
            let tampered = SignatureVerifierACSTests.v1Get(
                target: "/clusters/c-1/nodes?pageSize=99&nodepool_id=np1&flag")
            let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(tampered))
            #expect(response.status == 400)
            let body = try Self.json(response)
            #expect(body["code"] as? String == "SignatureDoesNotMatch")
            let message = try #require(body["message"] as? String)
            #expect(
                message.hasPrefix(
                    "Specified signature is not matched with our calculation. server string to sign is:GET\n"))
            #expect(message.hasSuffix("?flag&nodepool_id=np1&pageSize=99"))
            #expect(response.header("x-acs-request-id") == body["requestId"] as? String)
            #expect(server.requests.first?.signatureCheck?.failure?.isSignatureMismatch == true)
        }
    }

    @Test func unknownAlibabaKeyGets404() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json("{}")
        } body: { server in
            let request = SignatureVerifierACSTests.v1Get(authorization: "acs stranger:AAAA")
            let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(request))
            #expect(response.status == 404)
            #expect(try Self.json(response)["code"] as? String == "InvalidAccessKeyId.NotFound")
        }
    }

    @Test func badAWS4SignatureGetsKingsoftError() async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json("{}")
        } body: { server in
            let request = SignatureVerifierAWS4Tests.vanilla(signature: String(repeating: "0", count: 64))
            let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(request))
            #expect(response.status == 403)
            let body = try Self.json(response)
            #expect(body["RequestId"] is String)
            let error = try #require(body["Error"] as? [String: String])
            #expect(
                error == [
                    "Type": "Sender", "Code": "SignatureDoesNotMatch",
                    "Message": "The request signature we calculated does not match the signature you provided.",
                ])
        }
    }

    @Test(arguments: [
        (SignatureVerifierAWS4Tests.vanilla(accessKey: "AKIDOTHER"), 403, "InvalidClientTokenId"),
        (
            RecordedRequest(method: "GET", target: "/?Action=X", headers: ["Host": "h"]), 403,
            "MissingAuthenticationToken"
        ),
        (SignatureVerifierAWS4Tests.vanilla(date: nil), 400, "IncompleteSignature"),
    ])
    func kingsoftRejectionCodes(request: RecordedRequest, status: Int, code: String) async throws {
        try await MockServer.withServer(verifying: Self.credentials) { _ in
            .json("{}")
        } body: { server in
            let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(request))
            #expect(response.status == status)
            let error = try #require(try Self.json(response)["Error"] as? [String: String])
            #expect(error["Code"] == code)
        }
    }

    @Test func withoutVerifyingNothingIsChecked() async throws {
        try await MockServer.withServer { _ in
            .json("{}")
        } body: { server in
            let request = SignatureVerifierAWS4Tests.vanilla(signature: "bad")
            let response = try await RawHTTPClient.exchange(port: server.port, Self.wire(request))
            #expect(response.status == 200)
            #expect(server.requests.first?.signatureCheck == nil)
        }
    }
}
