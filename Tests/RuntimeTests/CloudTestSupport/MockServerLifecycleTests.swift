import CloudRuntime
import CloudTestSupport
import Foundation
import Testing

@Suite("MockServer faults and shutdown")
struct MockServerLifecycleTests {
    @Test func closeConnectionFaultSendsNothing() async throws {
        try await MockServer.withServer { _ in
            .closeConnection
        } body: { server in
            let port = server.port
            let closed = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                return connection.peerClosed(timeoutMilliseconds: 2_000)
            }
            #expect(closed)
            #expect(server.requests.count == 1)
        }
    }

    @Test func stallStaysSilentThenCloses() async throws {
        try await MockServer.withServer { _ in
            .stall(seconds: 0.8)
        } body: { server in
            let port = server.port
            let (silent, closedLater) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let silent = connection.staysSilent(milliseconds: 400)
                return (silent, connection.peerClosed(timeoutMilliseconds: 3_000))
            }
            #expect(silent)
            #expect(closedLater)
        }
    }

    @Test func delayedAnswerArrivesLateAndKeepsPipelinedRequests() async throws {
        try await MockServer.withServer { request in
            .text(request.path).delayed(seconds: request.path == "/slow" ? 0.5 : 0)
        } body: { server in
            let port = server.port
            let (silent, slow, fast) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                // The second request is already waiting while the first answer is delayed.
                try connection.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n")
                let silent = connection.staysSilent(milliseconds: 250)
                return (silent, try connection.readResponse(), try connection.readResponse())
            }
            #expect(silent)
            #expect(slow.bodyText == "/slow")
            #expect(fast.bodyText == "/fast")
        }
    }

    @Test func closingConnectionAnswerClosesAfterwards() async throws {
        try await MockServer.withServer { _ in
            .text("last").closingConnection()
        } body: { server in
            let port = server.port
            let (response, closed) = try await RawHTTPClient.run {
                let connection = try RawConnection(port: port)
                try connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try connection.readResponse()
                return (response, connection.peerClosed(timeoutMilliseconds: 2_000))
            }
            #expect(response.bodyText == "last")
            #expect(response.header("Connection") == "close")
            #expect(closed)
        }
    }

    @Test func shutdownInterruptsStallAndIdleConnections() async throws {
        let server = try MockServer { _ in .stall(seconds: 120) }
        let port = server.port
        // Timed on the client's own thread, so a late resumption of this task on a busy pool does not count.
        let (closed, elapsed) = try await RawHTTPClient.run {
            let stalled = try RawConnection(port: port)
            try stalled.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            let idle = try RawConnection(port: port)
            #expect(stalled.staysSilent(milliseconds: 200))
            let started = ContinuousClock.now
            server.shutdown()
            let closed = (stalled.peerClosed(timeoutMilliseconds: 2_000), idle.peerClosed(timeoutMilliseconds: 2_000))
            return (closed, ContinuousClock.now - started)
        }
        #expect(closed.0)
        #expect(closed.1)
        // Far below the 120 s stall.
        #expect(elapsed < .seconds(10))
    }

    @Test func shutdownReleasesThePortAndIsIdempotent() async throws {
        let server = try MockServer { _ in .text("up") }
        let port = server.port
        let before = try await RawHTTPClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(before.bodyText == "up")
        server.shutdown()
        server.shutdown()
        #expect(throws: RawConnection.ClientError.self) { try RawConnection(port: port) }
    }

    @Test func deinitShutsDown() async throws {
        var server: MockServer? = try MockServer { _ in .text("up") }
        let port = try #require(server?.port)
        _ = try await RawHTTPClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        server = nil
        #expect(throws: RawConnection.ClientError.self) { try RawConnection(port: port) }
    }

    @Test func shutdownReleasesAHandlerThatCapturesTheServer() throws {
        var server: MockServer? = try MockServer { _ in .text("") }
        weak let observed = server
        server?.setHandler { [server] _ in .text("\(server?.port ?? 0)") }
        server?.shutdown()
        server = nil
        #expect(observed == nil)
    }

    @Test func withServerShutsDownWhenBodyThrows() async throws {
        struct Stop: Error {}
        var port = 0
        await #expect(throws: Stop.self) {
            try await MockServer.withServer { _ in
                .text("")
            } body: { server in
                port = server.port
                throw Stop()
            }
        }
        #expect(port > 0)
        #expect(throws: RawConnection.ClientError.self) { try RawConnection(port: port) }
    }

    /// Each lifecycle with one request uses four descriptors (listener, two pipe ends, connection)
    /// and two threads (accept, connection). Leaking even one of either per lifecycle leaves 60
    /// behind; other tests running meanwhile hold far fewer.
    @Test func lifecyclesDoNotLeakDescriptorsOrThreads() async throws {
        func count(_ directory: String) throws -> Int {
            try FileManager.default.contentsOfDirectory(atPath: directory).count
        }
        guard FileManager.default.fileExists(atPath: "/proc/self/task") else { return }
        let descriptorsBefore = try count("/proc/self/fd")
        let threadsBefore = try count("/proc/self/task")
        for _ in 0..<60 {
            try await MockServer.withServer { _ in
                .text("x")
            } body: { server in
                _ = try await RawHTTPClient.exchange(port: server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            }
        }
        #expect(try count("/proc/self/fd") - descriptorsBefore < 30)
        #expect(try count("/proc/self/task") - threadsBefore < 30)
    }
}

@Suite("MockResponse vendor helpers")
struct MockResponseTests {
    @Test func ackErrorShape() throws {
        let response = MockResponse.ackError(
            status: 404, code: "ErrorClusterNotFound", message: "cluster \"c1\" not found", requestID: "req-1")
        #expect(response.status == 404)
        #expect(response.headers["x-acs-request-id"] == "req-1")
        #expect(response.headers["Content-Type"] == "application/json;charset=utf-8")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: String])
        #expect(
            object == ["code": "ErrorClusterNotFound", "message": "cluster \"c1\" not found", "requestId": "req-1"])
    }

    @Test func kingsoftErrorShape() throws {
        let response = MockResponse.kingsoftError(
            status: 400, code: "InvalidParameterValue", message: "bad\nvalue", requestID: "req-2")
        #expect(response.status == 400)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["RequestId"] as? String == "req-2")
        let error = try #require(object["Error"] as? [String: String])
        #expect(error == ["Type": "Sender", "Code": "InvalidParameterValue", "Message": "bad\nvalue"])
    }

    @Test func jsonEncodingIsSortedAndDeterministic() throws {
        struct Payload: Encodable { var zeta = 1; var alpha = "a/b" }
        let response = try MockResponse.json(encoding: Payload(), status: 201, headers: ["x-acs-request-id": "r"])
        #expect(response.status == 201)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"alpha":"a/b","zeta":1}"#)
        #expect(response.headers.fields.map(\.name) == ["x-acs-request-id", "Content-Type"])
    }
}
