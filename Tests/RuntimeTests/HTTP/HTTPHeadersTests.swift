import CloudRuntime
import CloudTestSupport
import HTTPTypes
import Testing

@Suite struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["Accept"] == nil)
        // Bytes that differ by 0x20 but are not letters do not match.
        let odd: HTTPHeaders = ["a[": "1", "a@": "2"]
        #expect(odd["a{"] == nil && odd["a`"] == nil && odd["A["] == "1")
    }

    @Test func settingReplacesEveryFieldOfThatNameInPlace() {
        var headers = HTTPHeaders()
        headers.add(name: "A", value: "1")
        headers.add(name: "X-Dup", value: "first")
        headers.add(name: "B", value: "2")
        headers.add(name: "x-dup", value: "second")
        headers["X-DUP"] = "only"
        #expect(headers.fields.map(\.name) == ["A", "X-Dup", "B"])
        #expect(headers.fields.map(\.value) == ["1", "only", "2"])
    }

    @Test func settingNilRemovesEveryFieldOfThatName() {
        var headers: HTTPHeaders = ["A": "1", "B": "2"]
        headers.add(name: "a", value: "3")
        headers["A"] = nil
        #expect(headers.fields == [HTTPHeaders.Field(name: "B", value: "2")])
    }

    @Test func settingANewNameAppends() {
        var headers: HTTPHeaders = ["A": "1"]
        headers["B"] = "2"
        #expect(headers.fields.map(\.name) == ["A", "B"])
    }
}

@Suite struct RequestTargetTests {
    @Test func textJoinsEncodedPathAndQueryInOrder() throws {
        let target = RequestTarget(
            path: "/clusters/c%201", query: [QueryItem(name: "b", value: "x y"), QueryItem(name: "a", value: "~/+*")])
        #expect(target.text == "/clusters/c%201?b=x%20y&a=~%2F%2B%2A")
        let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:8080", path: target.text)
        #expect(request.url?.absoluteString == "http://127.0.0.1:8080/clusters/c%201?b=x%20y&a=~%2F%2B%2A")
    }

    @Test func parsingDecodesWhatTextEncoded() throws {
        let query = [
            QueryItem(name: "Filter.1.Value.1", value: "a b+c&d=e"), QueryItem(name: "中", value: "😀"),
            QueryItem(name: "empty", value: ""), QueryItem(name: "Filter.1.Value.1", value: "again"),
        ]
        let target = RequestTarget(path: "/a%2Fb", query: query)
        #expect(RequestTarget(parsing: target.text) == target)
        #expect(RequestTarget(parsing: "/p") == RequestTarget(path: "/p"))
    }

    @Test func parsingReadsPairsWithoutValuesAndSkipsEmptyOnes() {
        let parsed = RequestTarget(parsing: "/?flag&&a=1&b=")
        #expect(parsed?.query == [
            QueryItem(name: "flag", value: ""), QueryItem(name: "a", value: "1"), QueryItem(name: "b", value: ""),
        ])
    }

    @Test(arguments: ["/?a=%2", "/?a=%zz", "/?%FF=1"])
    func aMalformedEscapeParsesToNil(target: String) {
        #expect(RequestTarget(parsing: target) == nil)
    }
}
