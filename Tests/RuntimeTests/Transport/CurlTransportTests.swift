import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

/// CurlTransport against a loopback server started and stopped inside each test.
@Suite struct CurlTransportTests {
    private let quick = Timeout(connect: .seconds(5), request: .seconds(10))

    private func request(
        _ method: HTTPRequest.Method, port: Int, path: String = "/", query: [QueryItem] = [], headers: HTTPHeaders = [:],
        body: [UInt8] = []
    ) -> SentRequest {
        SentRequest.local(method, port: port, path: path, query: query, headers: headers, body: body)
    }

    @Test func getSendsExactlyTheGivenHeadersAndReturnsStatusHeadersBody() async throws {
        let server = try LoopbackServer { _ in
            .respond(status: 200, headers: [("X-Trace", "b"), ("X-Trace", "a"), ("x-acs-request-id", "RID-1")],
                     body: Array("hello".utf8))
        }
        defer { server.stop() }
        let transport = CurlTransport()

        let response = try await transport.send(
            self.request(.get, port: server.port, path: "/clusters/c%201", query: [QueryItem(name: "q", value: "a b")],
                         headers: ["x-acs-version": "2015-12-15", "Empty": ""]),
            timeout: self.quick)

        #expect(response.status == 200)
        #expect(response.body == Array("hello".utf8))
        #expect(response.headers.filter { $0.name == "X-Trace" }.map(\.value) == ["b", "a"])
        #expect(response.headers["X-ACS-REQUEST-ID"] == "RID-1")
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.target == "/clusters/c%201?q=a%20b")
        let names = received.headers.map { $0.name.lowercased() }
        #expect(names.sorted() == ["empty", "host", "x-acs-version"])
        #expect(received.headers["Empty"] == "")
        #expect(received.headers["Host"] == "127.0.0.1:\(server.port)")
    }

    @Test func postSendsTheBodyBytesWithoutExpectContinue() async throws {
        let server = try LoopbackServer { request in .respond(status: 201, body: request.body.reversed()) }
        defer { server.stop() }
        // Large enough that curl would otherwise ask for `Expect: 100-continue`.
        let body = (0..<1_500_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

        let response = try await CurlTransport.shared.send(
            self.request(.post, port: server.port, path: "/upload",
                         headers: ["Content-Type": "application/octet-stream"], body: body),
            timeout: self.quick)

        #expect(response.status == 201)
        #expect(response.body == body.reversed())
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.body == body)
        #expect(received.headers["Content-Length"] == "\(body.count)")
        #expect(received.headers["Content-Type"] == "application/octet-stream")
        #expect(received.headers["Expect"] == nil)
        #expect(received.headers["Accept"] == nil)
    }

    @Test(arguments: [HTTPRequest.Method.put, .delete, .patch])
    func otherMethodsAreSentAsGiven(method: HTTPRequest.Method) async throws {
        let server = try LoopbackServer { _ in .respond(status: 204) }
        defer { server.stop() }

        let response = try await CurlTransport.shared.send(
            self.request(method, port: server.port, path: "/x", body: method == .delete ? [] : Array("{}".utf8)),
            timeout: self.quick)

        #expect(response.status == 204)
        let received = try #require(server.requests.first)
        #expect(received.method == method.rawValue)
        #expect(received.body == (method == .delete ? [] : Array("{}".utf8)))
        // No form content type invented for a body sent without one.
        #expect(received.headers["Content-Type"] == nil)
    }

    @Test func errorStatusIsAResponseNotAnError() async throws {
        let server = try LoopbackServer { _ in .respond(status: 500, body: Array("<html>oops</html>".utf8)) }
        defer { server.stop() }

        let response = try await CurlTransport.shared.send(self.request(.get, port: server.port), timeout: self.quick)

        #expect(response.status == 500)
        #expect(response.body == Array("<html>oops</html>".utf8))
    }

    @Test func closedPortFailsWithConnectFailed() async throws {
        let port = try LoopbackServer.closedPort()

        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport.shared.send(self.request(.get, port: port, query: [QueryItem(name: "Signature", value: "SECRET")]),
                                                timeout: self.quick)
        }

        #expect(error?.kind == .connectFailed)
        #expect(error?.curlCode == 7)
        #expect(error?.host == "127.0.0.1")
        #expect(error.map { !String(describing: $0).contains("SECRET") } == true)
    }

    @Test func stalledServerFailsWithTimedOut() async throws {
        let server = try LoopbackServer { _ in .stall }
        defer { server.stop() }

        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport.shared.send(self.request(.get, port: server.port),
                                                timeout: Timeout(connect: .seconds(5), request: .milliseconds(300)))
        }

        #expect(error?.kind == .timedOut)
        #expect(error?.curlCode == 28)
        // The server measures how long the request waited before curl hung up; the stall itself never
        // ends before `stop`.
        let waited = await server.firstStallEndedByClient()
        #expect(waited.map { $0 < .seconds(5) } == true, "waited \(String(describing: waited))")
    }

    @Test func httpsToAPlainServerFailsWithTLS() async throws {
        let server = try LoopbackServer { _ in .respond(status: 200) }
        defer { server.stop() }
        var request = self.request(.get, port: server.port)
        request.request.scheme = "https"

        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport.shared.send(request, timeout: self.quick)
        }

        #expect(error?.kind == .tls)
    }

    @Test func sequentialCallsReuseOneConnection() async throws {
        let server = try LoopbackServer { request in .respond(status: 200, body: Array(request.target.utf8)) }
        defer { server.stop() }
        let transport = CurlTransport()

        for index in 1...3 {
            let response = try await transport.send(self.request(.get, port: server.port, path: "/\(index)"),
                                                    timeout: self.quick)
            #expect(response.body == Array("/\(index)".utf8))
        }

        #expect(server.requests.count == 3)
        #expect(server.acceptedConnections == 1)
    }

    @Test func concurrentCallsEachGetTheirOwnResponse() async throws {
        let server = try LoopbackServer { request in
            usleep(50_000)  // keep the calls overlapping
            return .respond(status: 200, body: Array(request.target.utf8))
        }
        defer { server.stop() }
        let transport = CurlTransport()

        let bodies = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<8 {
                group.addTask {
                    let response = try await transport.send(
                        self.request(.get, port: server.port, path: "/call/\(index)"), timeout: self.quick)
                    return (index, response.body)
                }
            }
            return try await group.reduce(into: [Int: [UInt8]]()) { $0[$1.0] = $1.1 }
        }

        #expect(bodies.count == 8)
        for index in 0..<8 { #expect(bodies[index] == Array("/call/\(index)".utf8)) }
        #expect(server.requests.count == 8)
        #expect(server.acceptedConnections > 1)
    }

    @Test func cancellationThrowsPromptlyAndLeavesTheTransportUsable() async throws {
        let server = try LoopbackServer { request in request.target == "/stall" ? .stall : .respond(status: 200) }
        defer { server.stop() }
        let transport = CurlTransport()
        let task = Task {
            try await transport.send(self.request(.get, port: server.port, path: "/stall"),
                                     timeout: Timeout(connect: .seconds(5), request: .seconds(30)))
        }
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now

        task.cancel()
        let result = await task.result

        #expect(throws: CancellationError.self) { try result.get() }
        // Prompt means well inside the 30 s request limit; the bound leaves room for a test run that
        // keeps both cores busy (seen: 3 s for the resumed task to be scheduled).
        #expect(ContinuousClock.now - started < .seconds(8))
        // The transfer was dropped, not left running: its connection closes long before the 30 s limit.
        while server.openConnections > 0, ContinuousClock.now - started < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(server.openConnections == 0)
        let next = try await transport.send(self.request(.get, port: server.port, path: "/after"), timeout: self.quick)
        #expect(next.status == 200)
    }

    @Test func headerValueWithLineBreakCannotInjectAHeader() async throws {
        let server = try LoopbackServer { _ in .respond(status: 200) }
        defer { server.stop() }

        // HTTPTypes turns the line break into spaces when the field is made: one header arrives, not two.
        _ = try await CurlTransport.shared.send(
            self.request(.get, port: server.port, headers: ["X-Evil": "a\r\nInjected: yes"]), timeout: self.quick)

        let received = try #require(server.requests.first)
        #expect(received.headers["Injected"] == nil)
        #expect(received.headers["X-Evil"] == "a  Injected: yes")
    }
}
