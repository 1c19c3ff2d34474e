import Testing

@testable import CloudRuntime

@Suite struct PercentEncodingTests {
    @Test(arguments: [
        ("abcXYZ019", "abcXYZ019"),
        ("-_.~", "-_.~"),
        (" ", "%20"),
        ("/", "%2F"),
        ("+", "%2B"),
        ("*", "%2A"),
        ("=&?#", "%3D%26%3F%23"),
        ("!'()", "%21%27%28%29"),
        (":@$,;", "%3A%40%24%2C%3B"),
        ("%", "%25"),
        ("é", "%C3%A9"),
        ("中文", "%E4%B8%AD%E6%96%87"),
        ("😀", "%F0%9F%98%80"),
        ("a b+c", "a%20b%2Bc"),
        ("", ""),
    ])
    func encodesEverythingButUnreserved(input: String, expected: String) {
        #expect(PercentEncoding.encode(input) == expected)
    }

    @Test func encodesPathSegmentsKeepingSlashes() {
        #expect(PercentEncoding.encodePath("/clusters/a b/c+d/") == "/clusters/a%20b/c%2Bd/")
        #expect(PercentEncoding.encodePathTwice("/a%20b/c") == "/a%2520b/c")
    }

    @Test func encodesQueryInGivenOrder() {
        let items = [QueryItem(name: "b", value: "1 2"), QueryItem(name: "a", value: "x/y")]
        #expect(PercentEncoding.encodeQuery(items) == "b=1%202&a=x%2Fy")
    }

    @Test func canonicalQuerySortsByEncodedNameThenValue() throws {
        let items = [
            QueryItem(name: "Filter.1.Value.10", value: "b"),
            QueryItem(name: "Filter.1.Value.1", value: "a"),
            QueryItem(name: "Action", value: "Describe Clusters"),
            QueryItem(name: "Tag", value: "z"),
            QueryItem(name: "Tag", value: "y"),
            QueryItem(name: "Empty", value: ""),
        ]
        // The signers' canonical query, read back from the target the client sends.
        var canonical: [UInt8] = []
        try TargetQuery(target: RequestTarget(path: "/", query: items).text).appendCanonical(to: &canonical)
        #expect(
            String(decoding: canonical, as: UTF8.self)
                == "Action=Describe%20Clusters&Empty=&Filter.1.Value.1=a&Filter.1.Value.10=b&Tag=y&Tag=z")
    }

    @Test(arguments: ["a b/c+d*~é中😀", "%", "100%", "a%2"])
    func decodeInvertsEncode(text: String) {
        #expect(PercentEncoding.decode(PercentEncoding.encode(text)) == text)
    }

    @Test func decodeRejectsMalformedEscapes() {
        #expect(PercentEncoding.decode("%G1") == nil)
        #expect(PercentEncoding.decode("%4") == nil)
        #expect(PercentEncoding.decode("a+b", plusAsSpace: true) == "a b")
        #expect(PercentEncoding.decode("a+b") == "a+b")
    }
}
