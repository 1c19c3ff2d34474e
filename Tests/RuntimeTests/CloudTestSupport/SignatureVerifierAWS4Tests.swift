import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

/// Known-answer tests for AWS Signature Version 4.
///
/// The first three vectors are from the public AWS SigV4 test suite (`get-vanilla`,
/// `get-vanilla-query-order-key-case`, `post-x-www-form-urlencoded`): access key `AKIDEXAMPLE`,
/// secret `wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY`, 20150830T123600Z, us-east-1, service `service`.
/// The Kingsoft-shaped vectors were computed once with Python 3 `hmac`/`hashlib`
/// (`hmac.new(key, msg, hashlib.sha256)` down the "AWS4"+secret -> date -> region -> service ->
/// "aws4_request" chain, canonical strings built by hand as shown in the expectations).
@Suite("SignatureVerifier AWS4-HMAC-SHA256")
struct SignatureVerifierAWS4Tests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let verifier = SignatureVerifier(credentials: ["AKIDEXAMPLE": secret, "AKLTKS": "ks-secret"])

    static func vanilla(
        target: String = "/", signature: String = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        accessKey: String = "AKIDEXAMPLE", scopeDate: String = "20150830", signedHeaders: String = "host;x-amz-date",
        date: String? = "20150830T123600Z"
    ) -> RecordedRequest {
        var headers: HTTPHeaders = ["Host": "example.amazonaws.com"]
        if let date { headers.add(name: "X-Amz-Date", value: date) }
        headers.add(
            name: "Authorization",
            value: "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(scopeDate)/us-east-1/service/aws4_request, "
                + "SignedHeaders=\(signedHeaders), Signature=\(signature)")
        return RecordedRequest(method: "GET", target: target, headers: headers)
    }

    static func formPost(body: String = "Param1=value1", contentSHA: String? = nil) -> RecordedRequest {
        var headers: HTTPHeaders = [
            "Content-Type": "application/x-www-form-urlencoded", "Host": "example.amazonaws.com",
            "X-Amz-Date": "20150830T123600Z",
            "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
        ]
        if let contentSHA { headers.add(name: "X-Amz-Content-Sha256", value: contentSHA) }
        return RecordedRequest(method: "POST", target: "/", headers: headers, body: Array(body.utf8))
    }

    @Test func getVanillaFromTheAWSTestSuite() {
        let result = Self.verifier.verify(Self.vanilla())
        #expect(result.isValid, "\(result)")
        #expect(result.scheme == .aws4HMACSHA256)
        #expect(result.accessKeyID == "AKIDEXAMPLE")
        #expect(result.credentialScope == "20150830/us-east-1/service/aws4_request")
        #expect(
            result.canonicalRequest == "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func queryOrderKeyCaseFromTheAWSTestSuite() {
        let request = Self.vanilla(
            target: "/?Param2=value2&Param1=value1",
            signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")
        let result = Self.verifier.verify(request)
        #expect(result.isValid, "\(result)")
        #expect(result.canonicalRequest?.hasPrefix("GET\n/\nParam1=value1&Param2=value2\n") == true)
    }

    @Test func formPostFromTheAWSTestSuiteHashesTheExactBody() {
        let result = Self.verifier.verify(Self.formPost())
        #expect(result.isValid, "\(result)")
        // One changed body byte must break it: the payload hash is over the bytes received.
        let tampered = Self.verifier.verify(Self.formPost(body: "Param1=value2"))
        #expect(tampered.failure?.isSignatureMismatch == true, "\(tampered)")
    }

    @Test func kingsoftFormPostCanonicalForms() {
        let body = "Action=DescribeCluster&Version=2019-08-06&ClusterId.1=c%201"
        let request = RecordedRequest(
            method: "POST", target: "/",
            headers: [
                "Host": "127.0.0.1:8080", "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "X-Amz-Date": "20240102T030405Z", "User-Agent": "not signed",
                "Authorization": "AWS4-HMAC-SHA256 Credential=AKLTKS/20240102/cn-beijing-6/kce/aws4_request, "
                    + "SignedHeaders=content-type;host;x-amz-date, "
                    + "Signature=f56ef7937f11052476981840c48c5df4496d08e1d6d8bd2a67b4acd490a45e69",
            ],
            body: Array(body.utf8))
        let result = Self.verifier.verify(request)
        #expect(result.isValid, "\(result)")
        #expect(
            result.canonicalRequest == "POST\n/\n\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:127.0.0.1:8080\nx-amz-date:20240102T030405Z\n\ncontent-type;host;x-amz-date\n"
                + "ec76d71a195781fd081edcc87306041543be299d4aca91672ec70e1e139a57de")
        #expect(
            result.stringToSign == "AWS4-HMAC-SHA256\n20240102T030405Z\n20240102/cn-beijing-6/kce/aws4_request\n"
                + "7a5e33fb63a4c88f2bcc04f10c34f5a0f3a7ce9ddd872f7105da735f5ca91391")
    }

    @Test func presignedQuerySignature() {
        let target =
            "/?Action=DescribeCluster&Version=2019-08-06&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKLTKS%2F20240102%2Fcn-beijing-6%2Fkce%2Faws4_request&X-Amz-Date=20240102T030405Z"
            + "&X-Amz-SignedHeaders=host"
        let signature = "d97a5f63519eae133d20f2fdf741eed0c5772454b3fd7eb4dfe7e2a1dd6b7642"
        let valid = Self.verifier.verify(
            RecordedRequest(
                method: "GET", target: target + "&X-Amz-Signature=" + signature, headers: ["Host": "127.0.0.1:8080"]))
        #expect(valid.isValid, "\(valid)")
        #expect(valid.scheme == .aws4HMACSHA256)
        let tampered = Self.verifier.verify(
            RecordedRequest(
                method: "GET",
                target: target.replacingOccurrences(of: "DescribeCluster", with: "DeleteCluster")
                    + "&X-Amz-Signature=" + signature, headers: ["Host": "127.0.0.1:8080"]))
        #expect(tampered.failure?.isSignatureMismatch == true, "\(tampered)")
    }

    @Test func tamperedQueryFails() {
        let request = Self.vanilla(
            target: "/?Param2=value2&Param1=value9",
            signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")
        let result = Self.verifier.verify(request)
        #expect(result.failure?.isSignatureMismatch == true, "\(result)")
        #expect(result.canonicalRequest?.contains("Param1=value9") == true)
    }

    @Test func wrongSecretFailsWithoutRevealingEitherSecret() {
        let wrong = SignatureVerifier(credentials: ["AKIDEXAMPLE": "not-the-secret"])
        let result = wrong.verify(Self.vanilla())
        #expect(result.failure?.isSignatureMismatch == true)
        #expect(!result.description.contains("not-the-secret"))
        #expect(!"\(result.failure.map(String.init(describing:)) ?? "")".contains("not-the-secret"))
    }

    @Test(arguments: [
        (SignatureVerifierAWS4Tests.vanilla(date: nil), SignatureVerifier.Failure.missingHeader("x-amz-date")),
        (SignatureVerifierAWS4Tests.vanilla(accessKey: "AKIDOTHER"), .unknownAccessKey("AKIDOTHER")),
        (SignatureVerifierAWS4Tests.vanilla(signedHeaders: "x-amz-date"), .unsignedHeader("host")),
        (SignatureVerifierAWS4Tests.vanilla(signedHeaders: "host"), .unsignedHeader("x-amz-date")),
        (
            SignatureVerifierAWS4Tests.vanilla(scopeDate: "20150831"),
            .credentialScopeMismatch("scope date 20150831 differs from X-Amz-Date 20150830T123600Z")
        ),
        (
            SignatureVerifierAWS4Tests.vanilla(signedHeaders: "x-amz-date;host"),
            .malformedAuthorization(
                "SignedHeaders \"x-amz-date;host\" must be unique lower-case names in ascending order")
        ),
        (
            SignatureVerifierAWS4Tests.vanilla(date: "2015-08-30T12:36:00Z"),
            .invalidHeader(name: "X-Amz-Date", reason: "\"2015-08-30T12:36:00Z\" is not YYYYMMDD'T'HHMMSS'Z'")
        ),
        (RecordedRequest(method: "GET", target: "/", headers: ["Host": "h"]), .missingAuthorization),
        (
            RecordedRequest(method: "GET", target: "/", headers: ["Authorization": "Bearer token"]),
            .unsupportedScheme("Bearer")
        ),
        (
            RecordedRequest(
                method: "GET", target: "/",
                headers: [
                    "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/aws4_request, "
                        + "SignedHeaders=host, Signature=00"
                ]),
            .malformedAuthorization("Credential must be AccessKeyId/YYYYMMDD/region/service/aws4_request")
        ),
        (
            SignatureVerifierAWS4Tests.formPost(contentSHA: "00"),
            .payloadDigestMismatch(
                header: "X-Amz-Content-Sha256", received: "00",
                computed: "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        ),
    ])
    func rejectsWithTheExactReason(request: RecordedRequest, expected: SignatureVerifier.Failure) {
        let result = Self.verifier.verify(request)
        #expect(result.failure == expected, "\(result)")
        #expect(!result.description.contains(Self.secret))
    }
}

extension SignatureVerifier.Failure {
    /// True for `.signatureMismatch`, whatever the signatures.
    var isSignatureMismatch: Bool {
        if case .signatureMismatch = self { return true }
        return false
    }
}
