import CloudTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The server driven by a real libcurl-based client (FoundationNetworking's URLSession on Linux).
@Suite("MockServer with URLSession")
struct MockServerURLSessionTests {
    @Test func requestsFromURLSessionAreRecordedAndConnectionsReused() async throws {
        try await MockServer.withServer { request in
            .json(#"{"path":"\#(request.path)","bytes":\#(request.body.count)}"#, headers: ["x-acs-request-id": "r-1"])
        } body: { server in
            let session = URLSession(configuration: .ephemeral)
            defer { session.finishTasksAndInvalidate() }
            let url = try #require(URL(string: server.baseURLString + "/clusters/c1?name=a%20b"))
            let (data, response) = try await session.data(from: url)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200)
            #expect(http.value(forHTTPHeaderField: "x-acs-request-id") == "r-1")
            #expect(String(decoding: data, as: UTF8.self) == #"{"path":"/clusters/c1","bytes":0}"#)

            var post = URLRequest(url: server.baseURL.appendingPathComponent("upload"))
            post.httpMethod = "POST"
            post.httpBody = Data(repeating: 0x61, count: 300_000)
            post.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
            let (postData, _) = try await session.data(for: post)
            #expect(String(decoding: postData, as: UTF8.self) == #"{"path":"/upload","bytes":300000}"#)

            let requests = server.requests
            #expect(requests.map(\.method) == ["GET", "POST"])
            #expect(requests.first?.queryValue("name") == "a b")
            #expect(requests.last?.body == Array(repeating: 0x61, count: 300_000))
            #expect(requests.first?.connectionID == requests.last?.connectionID)
        }
    }
}
