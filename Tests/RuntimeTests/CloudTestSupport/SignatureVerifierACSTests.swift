import CloudRuntime
import CloudTestSupport
import Testing

/// Known-answer tests for Alibaba Cloud ACS v1 (HMAC-SHA1) and ACS3-HMAC-SHA256.
///
/// Expected values were computed once with Python 3 from the documented algorithms, with the
/// inputs shown here:
/// - ACS v1: `base64.b64encode(hmac.new(b"acs-secret", sts.encode(), hashlib.sha1).digest())`,
///   where `sts` is the string-to-sign written out in ``getStringToSign``/``postStringToSign``;
///   Content-MD5 is `base64.b64encode(hashlib.md5(body).digest())`.
/// - ACS3: canonical request as in ``acs3CanonicalRequest`` (query encoded with
///   `urllib.parse.quote(s, safe="-_.~")`), `sts = "ACS3-HMAC-SHA256\n" + sha256(cr).hexdigest()`,
///   signature `hmac.new(b"acs3-secret", sts.encode(), hashlib.sha256).hexdigest()`.
@Suite("SignatureVerifier ACS v1 and ACS3")
struct SignatureVerifierACSTests {
    static let verifier = SignatureVerifier(credentials: ["acs-ak": "acs-secret", "acs3-ak": "acs3-secret"])
    static let date = "Tue, 09 Apr 2019 07:35:29 GMT"

    // MARK: ACS v1

    static let getStringToSign =
        "GET\napplication/json\n\n\nTue, 09 Apr 2019 07:35:29 GMT\n"
        + "x-acs-action:DescribeClusterNodes\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:nonce-1\n"
        + "x-acs-signature-version:1.0\nx-acs-version:2015-12-15\n/clusters/c-1/nodes?flag&nodepool_id=np1&pageSize=10"

    static func v1Get(
        target: String = "/clusters/c-1/nodes?pageSize=10&nodepool_id=np1&flag",
        authorization: String = "acs acs-ak:+ylVKb2CmEVDr8czP0OpQ2eNIr0=",
        dropping dropped: String? = nil
    ) -> RecordedRequest {
        // Mixed-case names and unsorted order: canonicalisation must lower-case and sort them.
        let fields: [(String, String)] = [
            ("Host", "cs.cn-hangzhou.aliyuncs.com"), ("Accept", "application/json"), ("Date", date),
            ("X-Acs-Version", "2015-12-15"), ("x-acs-action", "DescribeClusterNodes"),
            ("x-acs-signature-nonce", "nonce-1"), ("X-ACS-Signature-Method", "HMAC-SHA1"),
            ("x-acs-signature-version", " 1.0 "), ("User-Agent", "test"), ("Authorization", authorization),
        ]
        let kept = fields.filter { $0.0.lowercased() != dropped }.map { HTTPHeaders.Field(name: $0.0, value: $0.1) }
        return RecordedRequest(method: "GET", target: target, headers: HTTPHeaders(kept))
    }

    static let postStringToSign =
        "POST\napplication/json\nxrPY8rOTPdIp8dsIrJxCPg==\napplication/json; charset=utf-8\n"
        + "Tue, 09 Apr 2019 07:35:29 GMT\nx-acs-action:CreateCluster\nx-acs-signature-method:HMAC-SHA1\n"
        + "x-acs-signature-nonce:nonce-2\nx-acs-version:2015-12-15\n/clusters?name=a b"

    static func v1Post(body: String = #"{"name":"demo","region_id":"cn-hangzhou"}"#) -> RecordedRequest {
        RecordedRequest(
            method: "POST", target: "/clusters?name=a%20b",
            headers: [
                "Host": "cs.cn-hangzhou.aliyuncs.com", "Accept": "application/json",
                "Content-Type": "application/json; charset=utf-8", "Content-MD5": "xrPY8rOTPdIp8dsIrJxCPg==",
                "Date": date, "x-acs-action": "CreateCluster", "x-acs-version": "2015-12-15",
                "x-acs-signature-nonce": "nonce-2", "x-acs-signature-method": "HMAC-SHA1",
                "Authorization": "acs acs-ak:qdFxYo3+L6lqiu2SuXgjfjxiJws=",
            ],
            body: Array(body.utf8))
    }

    @Test func v1GetKnownAnswer() {
        let result = Self.verifier.verify(Self.v1Get())
        #expect(result.isValid, "\(result)")
        #expect(result.scheme == .acsHMACSHA1)
        #expect(result.accessKeyID == "acs-ak")
        #expect(result.stringToSign == Self.getStringToSign)
    }

    @Test func v1PostKnownAnswerWithContentMD5AndUnencodedQueryValue() {
        let result = Self.verifier.verify(Self.v1Post())
        #expect(result.isValid, "\(result)")
        #expect(result.stringToSign == Self.postStringToSign)
    }

    @Test func v1TamperedQueryFails() {
        let result = Self.verifier.verify(Self.v1Get(target: "/clusters/c-1/nodes?pageSize=11&nodepool_id=np1&flag"))
        #expect(result.failure?.isSignatureMismatch == true, "\(result)")
        #expect(result.stringToSign?.hasSuffix("?flag&nodepool_id=np1&pageSize=11") == true)
    }

    @Test func v1TamperedBodyFailsTheContentMD5Check() {
        let result = Self.verifier.verify(Self.v1Post(body: #"{"name":"evil","region_id":"cn-hangzhou"}"#))
        guard case .payloadDigestMismatch(let header, let received, _) = result.failure else {
            Issue.record("expected a Content-MD5 mismatch, got \(result)")
            return
        }
        #expect(header == "Content-MD5")
        #expect(received == "xrPY8rOTPdIp8dsIrJxCPg==")
    }

    @Test func v1WrongSecretFails() {
        let result = SignatureVerifier(credentials: ["acs-ak": "other-secret"]).verify(Self.v1Get())
        #expect(result.failure?.isSignatureMismatch == true)
        #expect(!result.description.contains("other-secret"))
    }

    @Test(arguments: [
        (SignatureVerifierACSTests.v1Get(dropping: "date"), SignatureVerifier.Failure.missingHeader("date")),
        (SignatureVerifierACSTests.v1Get(dropping: "x-acs-signature-method"), .missingHeader("x-acs-signature-method")),
        (
            SignatureVerifierACSTests.v1Get(authorization: "acs acs-ak"),
            .malformedAuthorization("expected \"acs AccessKeyId:Signature\"")
        ),
        (SignatureVerifierACSTests.v1Get(authorization: "acs nobody:AAAA"), .unknownAccessKey("nobody")),
        (SignatureVerifierACSTests.v1Get(target: "/x?a=%zz"), .malformedQuery("bad escape in the value of \"a\"")),
    ])
    func v1RejectsWithTheExactReason(request: RecordedRequest, expected: SignatureVerifier.Failure) {
        let result = Self.verifier.verify(request)
        #expect(result.failure == expected, "\(result)")
    }

    // MARK: ACS3

    static let payloadHash = "d7d234f759ec34fd6298b7e32318614760070aaef9f4e92ced928324b49a0602"
    static let signedHeaders =
        "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
    static let acs3CanonicalRequest =
        "POST\n/clusters\nids=1%2C2&name=a%20b\ncontent-type:application/json\n"
        + "host:cs.cn-hangzhou.aliyuncs.com\nx-acs-action:CreateCluster\nx-acs-content-sha256:\(payloadHash)\n"
        + "x-acs-date:2024-01-02T03:04:05Z\nx-acs-signature-nonce:nonce-3\nx-acs-version:2015-12-15\n\n"
        + "\(signedHeaders)\n\(payloadHash)"

    static func acs3(
        target: String = "/clusters?name=a%20b&ids=1%2C2", body: String = #"{"name":"demo"}"#,
        signed: String = signedHeaders, extra: [HTTPHeaders.Field] = [], dropping dropped: String? = nil
    ) -> RecordedRequest {
        var fields: [HTTPHeaders.Field] =
            [
                .init(name: "Host", value: "cs.cn-hangzhou.aliyuncs.com"),
                .init(name: "Content-Type", value: "application/json"),
                .init(name: "x-acs-action", value: "CreateCluster"), .init(name: "x-acs-version", value: "2015-12-15"),
                .init(name: "x-acs-date", value: "2024-01-02T03:04:05Z"),
                .init(name: "x-acs-signature-nonce", value: "nonce-3"),
                .init(name: "x-acs-content-sha256", value: payloadHash),
                .init(
                    name: "Authorization",
                    value: "ACS3-HMAC-SHA256 Credential=acs3-ak,SignedHeaders=\(signed),"
                        + "Signature=94c5dd0430a87052f3ebe0c4f330c380703596a99d83077b9db32ccc071555af"),
            ] + extra
        fields.removeAll { $0.name.lowercased() == dropped }
        return RecordedRequest(method: "POST", target: target, headers: HTTPHeaders(fields), body: Array(body.utf8))
    }

    @Test func acs3KnownAnswer() {
        let result = Self.verifier.verify(Self.acs3())
        #expect(result.isValid, "\(result)")
        #expect(result.scheme == .acs3HMACSHA256)
        #expect(result.canonicalRequest == Self.acs3CanonicalRequest)
        #expect(
            result.stringToSign == "ACS3-HMAC-SHA256\nb948db0c1b0b668be160a89520ee415a2af13bd17378d30a5a64352f4611d932")
    }

    @Test func acs3CanonicalisesTheQueryAsReceived() {
        // `+` decodes to a space and a bare comma is re-encoded, so this target means the same parameters.
        let result = Self.verifier.verify(Self.acs3(target: "/clusters?ids=1,2&name=a+b"))
        #expect(result.isValid, "\(result)")
    }

    @Test func acs3TamperedQueryFails() {
        let result = Self.verifier.verify(Self.acs3(target: "/clusters?name=a%20c&ids=1%2C2"))
        #expect(result.failure?.isSignatureMismatch == true, "\(result)")
    }

    @Test func acs3WrongSecretFails() {
        let result = SignatureVerifier(credentials: ["acs3-ak": "nope"]).verify(Self.acs3())
        #expect(result.failure?.isSignatureMismatch == true)
    }

    @Test(arguments: [
        (
            SignatureVerifierACSTests.acs3(body: "{}"),
            SignatureVerifier.Failure.payloadDigestMismatch(
                header: "x-acs-content-sha256", received: SignatureVerifierACSTests.payloadHash,
                computed: "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        ),
        (SignatureVerifierACSTests.acs3(dropping: "x-acs-signature-nonce"), .missingHeader("x-acs-signature-nonce")),
        (SignatureVerifierACSTests.acs3(dropping: "x-acs-content-sha256"), .missingHeader("x-acs-content-sha256")),
        (
            SignatureVerifierACSTests.acs3(extra: [.init(name: "X-Acs-Extra", value: "1")]),
            .unsignedHeader("x-acs-extra")
        ),
        (
            SignatureVerifierACSTests.acs3(
                signed: "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"),
            .unsignedHeader("content-type")
        ),
        (
            RecordedRequest(
                method: "GET", target: "/",
                headers: ["Authorization": "ACS3-HMAC-SHA256 Credential=acs3-ak,SignedHeaders=host"]),
            .malformedAuthorization("missing Signature")
        ),
    ])
    func acs3RejectsWithTheExactReason(request: RecordedRequest, expected: SignatureVerifier.Failure) {
        let result = Self.verifier.verify(request)
        #expect(result.failure == expected, "\(result)")
    }
}
