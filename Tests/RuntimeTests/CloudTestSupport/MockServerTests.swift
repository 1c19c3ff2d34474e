import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

@Suite("MockServer HTTP/1.1 handling")
struct MockServerTests {
    @Test func getRecordsMethodPathQueryAndHeadersInOrder() async throws {
        try await MockServer.withServer { _ in
            .json(#"{"ok":true}"#)
        } body: { server in
            let response = try await RawHTTPClient.exchange(
                port: server.port,
                "GET /clusters/c%201/nodes?b=2&a=x%2By&a=second&flag&plus=a+b HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nX-Custom: one\r\nx-acs-version:  2015-12-15 \r\nX-Custom: two\r\n\r\n")
            #expect(response.status == 200)
            #expect(response.bodyText == #"{"ok":true}"#)
            #expect(response.header("Content-Type") == "application/json;charset=utf-8")

            let request = try #require(server.requests.first)
            #expect(request.method == "GET")
            #expect(request.target == "/clusters/c%201/nodes?b=2&a=x%2By&a=second&flag&plus=a+b")
            #expect(request.rawPath == "/clusters/c%201/nodes")
            #expect(request.path == "/clusters/c 1/nodes")
            #expect(request.rawQuery == "b=2&a=x%2By&a=second&flag&plus=a+b")
            #expect(
                request.queryItems == [
                    QueryItem(name: "b", value: "2"), QueryItem(name: "a", value: "x+y"),
                    QueryItem(name: "a", value: "second"), QueryItem(name: "flag", value: ""),
                    QueryItem(name: "plus", value: "a b"),
                ])
            #expect(request.headers.fields.map(\.name) == ["Host", "X-Custom", "x-acs-version", "X-Custom"])
            #expect(request.headers.fields.map(\.value) == ["127.0.0.1", "one", "2015-12-15", "two"])
            #expect(request.header("x-custom") == "one")
            #expect(request.body.isEmpty)
            #expect(request.sequenceNumber == 1)
            #expect(request.signatureCheck == nil)
        }
    }

    @Test func postWithContentLengthBody() async throws {
        try await MockServer.withServer { request in
            .text("got \(request.body.count) bytes")
        } body: { server in
            let body = "Action=DescribeCluster&Version=2019-08-06&Name=a%20b"
            let response = try await RawHTTPClient.exchange(
                port: server.port,
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
            #expect(response.bodyText == "got \(body.utf8.count) bytes")
            let request = try #require(server.requests.first)
            #expect(request.bodyText == body)
            #expect(request.formValue("Name") == "a b")
            #expect(request.formParameters.map(\.name) == ["Action", "Version", "Name"])
        }
    }

    @Test func jsonBodyHelpers() async throws {
        struct Body: Decodable, Equatable { var name: String; var count: Int }
        try await MockServer.withServer { _ in
            .json("{}")
        } body: { server in
            let json = #"{"name":"c1","count":3}"#
            _ = try await RawHTTPClient.exchange(
                port: server.port,
                "POST /clusters HTTP/1.1\r\nHost: x\r\nContent-Length: \(json.utf8.count)\r\n\r\n\(json)")
            let request = try #require(server.requests.first)
            #expect(try request.decodeJSONBody(as: Body.self) == Body(name: "c1", count: 3))
            #expect(request.jsonObjectBody()?["count"] as? Int == 3)
            #expect(
                RecordedRequest(method: "GET", target: "/", headers: [:], body: Array("[1]".utf8)).jsonObjectBody()
                    == nil)
        }
    }

    @Test func chunkedBodyIsReassembled() async throws {
        try await MockServer.withServer { _ in
            MockResponse(status: 204)
        } body: { server in
            let response = try await RawHTTPClient.exchange(
                port: server.port,
                "PUT /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n")
            #expect(response.status == 204)
            #expect(server.requests.first?.bodyText == "hello, world")
        }
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() async throws {
        try await MockServer.withServer { request in
            .text(request.path)
        } body: { server in
            let port = server.port
            let (first, second) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
                let first = try connection.readResponse()
                // Pipelined: both requests in one write; both must be answered in order.
                try connection.send(
                    "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                        + "GET /three HTTP/1.1\r\nHost: x\r\n\r\n"
                )
                let second = try connection.readResponse()
                let third = try connection.readResponse()
                #expect(third.bodyText == "/three")
                #expect(!connection.peerClosed(timeoutMilliseconds: 50))
                return (first, second)
            }
            #expect(first.bodyText == "/one")
            #expect(second.bodyText == "/two")
            #expect(first.header("Connection") == nil)
            _ = try await RawHTTPClient.exchange(port: port, "GET /four HTTP/1.1\r\nHost: x\r\n\r\n")

            let requests = server.requests
            #expect(requests.map(\.path) == ["/one", "/two", "/three", "/four"])
            #expect(requests[0].connectionID == requests[1].connectionID)
            #expect(requests[1].connectionID == requests[2].connectionID)
            #expect(requests[3].connectionID != requests[0].connectionID)
            #expect(requests.map(\.sequenceNumber) == [1, 2, 3, 4])
        }
    }

    @Test func expectContinueGetsInterimResponseBeforeBody() async throws {
        try await MockServer.withServer { request in
            .text(request.bodyText)
        } body: { server in
            let port = server.port
            let (interim, final) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send(
                    "POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
                let interim = try connection.readResponse()  // must arrive before any body byte is sent
                try connection.send("data")
                return (interim, try connection.readResponse())
            }
            #expect(interim.status == 100)
            #expect(final.status == 200)
            #expect(final.bodyText == "data")
        }
    }

    @Test func connectionCloseAndHTTP10CloseAfterTheAnswer() async throws {
        try await MockServer.withServer { _ in
            .text("bye")
        } body: { server in
            let port = server.port
            for request in [
                "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET / HTTP/1.0\r\n\r\n",
            ] {
                let (response, closed) = try await RawHTTPClient.run {
                    let connection = try RawConnection(port: port)
                    try connection.send(request)
                    let response = try connection.readResponse()
                    return (response, connection.peerClosed(timeoutMilliseconds: 2_000))
                }
                #expect(response.header("Connection") == "close")
                #expect(response.bodyText == "bye")
                #expect(closed)
            }
        }
    }

    @Test func headAnswerHasLengthButNoBody() async throws {
        try await MockServer.withServer { _ in
            .text("twelve bytes")
        } body: { server in
            let port = server.port
            let (head, next) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                // Had the server sent a body after HEAD, it would be read here as the next status line and fail.
                return (try connection.readResponse(bodyExpected: false), try connection.readResponse())
            }
            #expect(head.header("Content-Length") == "12")
            #expect(next.status == 200)
            #expect(next.bodyText == "twelve bytes")
        }
    }

    @Test func malformedRequestGets400AndClose() async throws {
        try await MockServer.withServer { _ in
            .text("unreachable")
        } body: { server in
            let response = try await RawHTTPClient.exchange(port: server.port, "NONSENSE\r\n\r\n")
            #expect(response.status == 400)
            #expect(response.header("Connection") == "close")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func handlerErrorBecomes500() async throws {
        struct Boom: Error {}
        try await MockServer.withServer { _ in
            throw Boom()
        } body: { server in
            let response = try await RawHTTPClient.exchange(port: server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(response.status == 500)
            #expect(response.bodyText.contains("Boom"))
        }
    }

    @Test func setHandlerAndClearRequests() async throws {
        try await MockServer.withServer { _ in
            .text("first")
        } body: { server in
            let one = try await RawHTTPClient.exchange(port: server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            server.setHandler { _ in .text("second", status: 201) }
            server.clearRequests()
            let two = try await RawHTTPClient.exchange(port: server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(one.bodyText == "first")
            #expect(two.status == 201)
            #expect(two.bodyText == "second")
            #expect(server.requests.map(\.sequenceNumber) == [2])
        }
    }

    @Test func concurrentConnectionsAreServedIndependently() async throws {
        try await MockServer.withServer { request in
            .text(request.path)
        } body: { server in
            let port = server.port
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        try await RawHTTPClient.exchange(port: port, "GET /\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
                            .bodyText
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(bodies == Set((0..<24).map { "/\($0)" }))
            #expect(Set(server.requests.map(\.connectionID)).count == 24)
            #expect(server.requests.map(\.sequenceNumber).sorted() == Array(1...24))
        }
    }

    @Test func baseURLPointsAtTheBoundPort() throws {
        let server = try MockServer { _ in .text("") }
        defer { server.shutdown() }
        #expect(server.port > 0)
        #expect(server.baseURL.absoluteString == "http://127.0.0.1:\(server.port)")
        #expect(server.baseURLString == server.baseURL.absoluteString)
    }
}
