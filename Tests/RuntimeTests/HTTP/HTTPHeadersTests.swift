import CloudRuntime
import Testing

@Suite struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["Accept"] == nil)
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

@Suite struct HTTPRequestTests {
    @Test func urlJoinsEncodedPathAndQueryInOrder() {
        let request = HTTPRequest(
            method: .get, scheme: "http", host: "127.0.0.1", port: 8080, path: "/clusters/c%201",
            query: [QueryItem(name: "b", value: "x y"), QueryItem(name: "a", value: "~/+*")])
        #expect(request.urlString == "http://127.0.0.1:8080/clusters/c%201?b=x%20y&a=~%2F%2B%2A")
        #expect(request.url?.absoluteString == request.urlString)
    }

    @Test func malformedHostGivesNoURL() {
        let request = HTTPRequest(method: .get, host: "bad host", path: "/")
        #expect(request.url == nil)
    }
}
