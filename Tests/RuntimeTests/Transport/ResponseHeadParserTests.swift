@testable import CloudRuntime
import CloudTestSupport
import Testing

@Suite struct ResponseHeadParserTests {
    private func parse(_ lines: [String]) -> [HTTPHeaders.Field] {
        var parser = ResponseHeadParser()
        for line in lines { parser.consume(Array(line.utf8)) }
        return HTTPHeaders(parser.fields).fields
    }

    @Test func keepsOrderAndDuplicates() {
        let fields = self.parse(["HTTP/1.1 200 OK\r\n", "B: 1\r\n", "A:2\r\n", "B:  3  \r\n", "\r\n"])
        #expect(fields == [.init(name: "B", value: "1"), .init(name: "A", value: "2"), .init(name: "B", value: "3")])
    }

    @Test func onlyTheFinalResponseBlockIsKept() {
        let fields = self.parse([
            "HTTP/1.1 100 Continue\r\n", "X-Interim: yes\r\n", "\r\n",
            "HTTP/1.1 302 Found\r\n", "Location: /b\r\n", "\r\n",
            "HTTP/2 200\r\n", "content-type: application/json\r\n", "\r\n",
        ])
        #expect(fields == [.init(name: "content-type", value: "application/json")])
    }

    @Test func foldedLinesJoinThePreviousValueAndJunkIsIgnored() {
        let fields = self.parse(["HTTP/1.1 200 OK\r\n", "X-Long: a\r\n", "\t b\r\n", "no colon\r\n", ": nameless\r\n"])
        #expect(fields == [.init(name: "X-Long", value: "a b")])
    }
}
