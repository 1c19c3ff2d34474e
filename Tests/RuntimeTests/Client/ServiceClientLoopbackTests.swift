import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import Testing

/// ServiceClient over the real CurlTransport to a loopback server: the bytes signed are the bytes received.
@Suite struct ServiceClientLoopbackTests {
    private func client(_ service: ServiceDescriptor, server: LoopbackServer, rpcMethod: HTTPRequest.Method? = nil) -> ServiceClient {
        TestService.client(
            service, configuration: TestService.configuration(endpoint: server.url(""), rpcMethod: rpcMethod),
            transport: CurlTransport.shared)
    }

    /// Checks that the server received exactly the prepared request: target, every header, body.
    private func expectReceived(_ received: LoopbackServer.Request, matches prepared: PreparedRequest) {
        #expect(received.method == prepared.method.rawValue)
        #expect(received.target == prepared.request.path)
        #expect(received.body == prepared.body)
        // curl adds only Host (unless the signer set it) and, with a body, Content-Length.
        let preparedNames = Set(prepared.headers.map { $0.name.lowercased() })
        let curlAdds: Set<String> = prepared.body.isEmpty && prepared.method == .get ? ["host"] : ["host", "content-length"]
        let extra = Set(received.headers.map { $0.name.lowercased() }).subtracting(preparedNames)
        #expect(extra == curlAdds.subtracting(preparedNames))
        #expect(received.headers.fields.count == prepared.headers.fields.count + extra.count)
        for field in prepared.headers {
            #expect(received.headers[field.name] == field.value, "header \(field.name)")
        }
    }

    @Test func roaPostArrivesAsSigned() async throws {
        let server = try LoopbackServer { _ in
            .respond(status: 200, headers: [("x-acs-request-id", "RID-L1")], body: Array(#"{"cluster_id":"c9"}"#.utf8))
        }
        defer { server.stop() }
        let client = self.client(TestService.ack, server: server)
        let request = TestService.CreateCluster(name: "prod ü", size: 2)
        let prepared = try await client.prepare(request, operation: TestService.CreateCluster.operation)

        let response: TestService.ClusterDetail = try await client.send(request, operation: TestService.CreateCluster.operation)

        #expect(response.clusterID == "c9")
        #expect(response.requestID == "RID-L1")
        let received = try #require(server.requests.first)
        self.expectReceived(received, matches: prepared)
    }

    @Test(arguments: [HTTPRequest.Method.post, .get])
    func rpcArrivesAsSigned(method: HTTPRequest.Method) async throws {
        let server = try LoopbackServer { _ in .respond(status: 200, body: Array(#"{"RequestId":"K-9","TotalCount":1}"#.utf8)) }
        defer { server.stop() }
        let client = self.client(TestService.kce, server: server, rpcMethod: method)
        let request = TestService.DescribeCluster(clusterIDs: ["a/b", "c d"], search: "ü&=")
        let prepared = try await client.prepare(request, operation: TestService.DescribeCluster.operation)

        let response: TestService.DescribeClusterResponse = try await client.send(
            request, operation: TestService.DescribeCluster.operation)

        #expect(response.requestID == "K-9")
        #expect(response.totalCount == 1)
        let received = try #require(server.requests.first)
        self.expectReceived(received, matches: prepared)
    }

    @Test func vendorErrorOverTheWire() async throws {
        let server = try LoopbackServer { _ in
            .respond(
                status: 403, headers: [("Content-Type", "application/json")],
                body: Array(#"{"RequestId":"K-E","Error":{"Type":"Sender","Code":"SignatureDoesNotMatch","Message":"no"}}"#.utf8))
        }
        defer { server.stop() }

        let error = await #expect(throws: ServiceError.self) {
            let _: TestService.DescribeClusterResponse = try await self.client(TestService.kce, server: server)
                .send(TestService.DescribeCluster(), operation: TestService.DescribeCluster.operation)
        }

        #expect(error?.httpStatus == 403)
        #expect(error?.code == "SignatureDoesNotMatch")
        #expect(error?.requestID == "K-E")
    }
}
