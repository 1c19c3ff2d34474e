import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import CloudRuntime

/// What the signers cover is what the request sends: one percent-encoder for both.
@Suite struct SignedBytesTests {
    private static let query = [
        QueryItem(name: "Filter.1.Value.10", value: "a b+c*d~e/f"),
        QueryItem(name: "Filter.1.Value.2", value: "中文 😀"),
        QueryItem(name: "Action", value: "DescribeClusters"),
        QueryItem(name: "empty", value: ""),
    ]

    @Test func canonicalQueryIsTheSortedSentQuery() throws {
        let request = SentRequest.make(.get, host: "kce.cn-beijing-6.api.ksyun.com", path: "/", query: Self.query)
        let sent = try #require(request.request.url?.query(percentEncoded: true))
        let sortedSent = sent.split(separator: "&", omittingEmptySubsequences: false).map(String.init)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // Names here never contain `=`, so sorting whole pairs sorts by name first.
        var canonical: [UInt8] = []
        try TargetQuery(target: try #require(request.request.path)).appendCanonical(to: &canonical)
        #expect(String(decoding: canonical, as: UTF8.self) == sortedSent.joined(separator: "&"))
    }

    @Test func roaPathIsSignedAsSent() throws {
        var encoder = ROARequestEncoder(operation: OperationDescriptor(name: "Get", method: .get, path: "/clusters/{ClusterId}"))
        try encoder.setPathParameter("ClusterId", "c/1 x")
        let parts = try encoder.makeRequestParts()
        let request = SentRequest.make(.get, host: "cs.cn-hangzhou.aliyuncs.com", path: parts.path)
        let signed = try ACS3Signer().sign(
            request, credentials: Credentials(accessKeyID: "AK", accessKeySecret: "SK"),
            context: SigningContext(date: Date(timeIntervalSince1970: 0), nonce: "n", region: "cn-hangzhou"))
        let fields = signed.request.headerFields
        let canonical = try ACS3Signer.canonicalRequest(
            method: signed.method, target: try #require(signed.request.path),
            headers: ACS3Signer.canonicalHeaders(fields, authority: signed.authority), fields: fields, body: signed.body)
        #expect(signed.request.url?.path(percentEncoded: true) == "/clusters/c%2F1%20x")
        #expect(canonical.split(separator: "\n", omittingEmptySubsequences: false)[1] == "/clusters/c%2F1%20x")
    }
}
