import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import CloudRuntime

/// The signers' internal steps, checked against published examples and edge cases the vendor vectors do not cover.
@Suite struct SignerStepTests {
    private static let date = Date(timeIntervalSince1970: 1_767_323_045)  // 2026-01-02T03:04:05Z, a Friday

    @Test func formatsSigningDates() {
        #expect(SigningDate.rfc1123(Self.date) == "Fri, 02 Jan 2026 03:04:05 GMT")
        #expect(SigningDate.iso8601(Self.date) == "2026-01-02T03:04:05Z")
        #expect(SigningDate.iso8601Basic(Self.date) == "20260102T030405Z")
        #expect(SigningDate.day(Self.date) == "20260102")
        let leap = Date(timeIntervalSince1970: 951_782_399.75)  // 2000-02-28T23:59:59.75Z
        #expect(SigningDate.iso8601(leap) == "2000-02-28T23:59:59Z")
        #expect(SigningDate.rfc1123(leap) == "Mon, 28 Feb 2000 23:59:59 GMT")
    }

    /// The signing-key example of AWS's Signature Version 4 documentation ("Deriving the signing key").
    @Test func derivesTheDocumentedAWS4SigningKey() throws {
        let day = try #require(ISO8601DateFormatter().date(from: "2012-02-15T00:00:00Z"))
        let key = AWS4Signer.signingKey(
            secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", date: day, region: "us-east-1", service: "iam")
        #expect(key.hexString == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }

    @Test(arguments: [
        ("/", "/"), ("", "/"), ("/a/./b/../c", "/a/c"), ("//a//b/", "/a/b/"), ("/a%20b/c~d", "/a%2520b/c~d"),
        ("/..", "/"),
    ])
    func normalizesAndDoubleEncodesTheAWS4Path(path: String, expected: String) {
        #expect(AWS4Signer.canonicalURI(path) == expected)
    }

    @Test func aws4NeedsAServiceAndARegion() {
        let request = SentRequest.make(.get, host: "kce.cn-beijing-6.api.ksyun.com")
        let credentials = Credentials(accessKeyID: "AK", accessKeySecret: "SK")
        #expect(throws: SigningError.self) {
            try AWS4Signer().sign(request, credentials: credentials, context: SigningContext(date: Self.date, nonce: "n", region: "r"))
        }
        #expect(throws: SigningError.self) {
            try AWS4Signer().sign(
                request, credentials: credentials, context: SigningContext(date: Self.date, nonce: "n", region: "", service: "kce"))
        }
    }

    @Test func aws4CollapsesWhiteSpaceOutsideQuotes() {
        let headers: HTTPHeaders = ["X-Amz-Meta": "  a   b  \"c   d\"  e ", "Accept": "not signed", "Content-Type": "text/plain"]
        let canonical = AWS4Signer.canonicalHeaders(headers.httpFields, authority: "h:8080")
        #expect(CanonicalHeader.block(canonical) == "content-type:text/plain\nhost:h:8080\nx-amz-meta:a b \"c   d\" e\n")
        #expect(CanonicalHeader.signedNames(canonical) == "content-type;host;x-amz-meta")
    }

    @Test func acs3JoinsRepeatedHeadersAndSkipsAuthorization() {
        var headers: HTTPHeaders = ["X-Acs-B": " 2 ", "authorization": "old"]
        headers.add(name: "x-acs-b", value: "1")
        let canonical = ACS3Signer.canonicalHeaders(headers.httpFields, authority: "h")
        #expect(CanonicalHeader.block(canonical) == "host:h\nx-acs-b:1,2\n")
    }

    @Test func acsOmitsTheNonceWhenEmptyAndMD5WhenNoBody() throws {
        let request = SentRequest.make(.get, host: "cs.cn-hangzhou.aliyuncs.com", path: "/clusters", headers: ["Content-MD5": "stale"])
        let signed = try ACSSigner().sign(
            request, credentials: Credentials(accessKeyID: "AK", accessKeySecret: "SK"),
            context: SigningContext(date: Self.date, nonce: "", region: "cn-hangzhou"))
        #expect(signed.headers["x-acs-signature-nonce"] == nil)
        #expect(signed.headers["Content-MD5"] == nil)
        #expect(signed.headers["Authorization"]?.hasPrefix("acs AK:") == true)
    }

    @Test func acsResourceSortsByNameKeepingRawValues() throws {
        let query = [
            QueryItem(name: "b", value: "x y/z"), QueryItem(name: "a.10", value: ""), QueryItem(name: "a.2", value: "中"),
            QueryItem(name: "b", value: "first b stays before"),
        ]
        let target = RequestTarget(path: "/c%2F1", query: query).text
        #expect(try ACSSigner.canonicalResource(target: target) == "/c%2F1?a.10=&a.2=中&b=x y/z&b=first b stays before")
        #expect(try ACSSigner.canonicalResource(target: "/c") == "/c")
        #expect(try ACSSigner.canonicalResource(target: "/c?") == "/c")
        #expect(try ACSSigner.canonicalResource(target: "/c?flag&&a=%7e") == "/c?a=~&flag=")
        #expect(throws: SigningError.self) { try ACSSigner.canonicalResource(target: "/c?a=%2") }
    }

    @Test func canonicalQuerySortsEncodedNamesThenValuesAndNormalizesEscapes() throws {
        // Lower-case hex and escaped unreserved bytes written by a middleware come out canonical.
        var output: [UInt8] = []
        try TargetQuery(target: "/?b=2&a=%7e%2f&B=1&a=%41&b=1").appendCanonical(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "B=1&a=A&a=~%2F&b=1&b=2")
        let items = [QueryItem(name: "Filter.1.Value.10", value: "a b+c"), QueryItem(name: "Filter.1.Value.2", value: "中")]
        output = []
        try TargetQuery(target: RequestTarget(path: "/", query: items).text).appendCanonical(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "Filter.1.Value.10=a%20b%2Bc&Filter.1.Value.2=%E4%B8%AD")
    }

    @Test func acs3SignsHostFromTheAuthorityWithPort() throws {
        let request = SentRequest.make(.get, scheme: "http", host: "127.0.0.1", port: 8080, path: "/")
        let signed = try ACS3Signer().sign(
            request, credentials: Credentials(accessKeyID: "AK", accessKeySecret: "SK", securityToken: ""),
            context: SigningContext(date: Self.date, nonce: "n", region: "cn-hangzhou"))
        // Signed, not added: the transport sends the authority as Host.
        #expect(signed.headers["host"] == nil)
        let canonical = ACS3Signer.canonicalHeaders(signed.request.headerFields, authority: signed.authority)
        #expect(canonical.first { $0.name == "host" }?.values == ["127.0.0.1:8080"])
        #expect(signed.headers["x-acs-security-token"] == nil)
        #expect(signed.headers["Authorization"]?.contains("SignedHeaders=host;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce,") == true)
    }

    @Test func algorithmsMapToTheirSigners() {
        #expect(SignatureAlgorithm.acsHMACSHA1.signer is ACSSigner)
        #expect(SignatureAlgorithm.acs3HMACSHA256.signer is ACS3Signer)
        #expect(SignatureAlgorithm.aws4HMACSHA256.signer is AWS4Signer)
        #expect(SignatureAlgorithm(rawValue: "aws4-hmac-sha256") == .aws4HMACSHA256)
    }

    @Test func secretsNeverAppearInTheSignedRequest() throws {
        let secret = "VerySecretValue-123"
        let credentials = Credentials(accessKeyID: "AK", accessKeySecret: secret, securityToken: "tok")
        for algorithm in SignatureAlgorithm.allCases {
            let signed = try algorithm.signer.sign(
                SentRequest.make(.post, host: "h", body: Array("x".utf8)), credentials: credentials,
                context: SigningContext(date: Self.date, nonce: "n", region: "r", service: "kce"))
            #expect(!String(describing: signed).contains(secret))
        }
    }
}
