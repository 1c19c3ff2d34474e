import AlibabaACK
import CloudRuntime
import CloudTestSupport
import Foundation
import KingsoftKCE
import KingsoftKCR
import Testing

/// Generated paginators driving real clients over the loopback server through several pages.
@Suite("Pagination end to end")
struct PaginationEndToEndTests {
    /// ACK DescribeClustersV1: five clusters, two per page; the page is chosen by the query's `page_number`.
    static func ackPage(_ request: RecordedRequest) -> MockResponse {
        let page = request.queryValue("page_number").flatMap { Int($0) } ?? 1
        let ids = (1...5).map { "c\($0)" }.dropFirst((page - 1) * 2).prefix(2)
        let clusters = ids.map { #"{"cluster_id": "\#($0)", "state": "running"}"# }.joined(separator: ", ")
        return .json(
            #"{"clusters": [\#(clusters)], "page_info": {"page_number": \#(page), "page_size": 2, "total_count": 5}}"#)
    }

    @Test("ACK page-number listing: pages 1 to 3, then stops at the total")
    func ackPageNumber() async throws {
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: Self.ackPage) {
            server in
            let ack = ACKClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            var ids: [String] = []
            for try await cluster in ack.describeClustersV1Items(.init(pageSize: 2)) {
                ids.append(cluster.clusterID ?? "?")
            }
            #expect(ids == ["c1", "c2", "c3", "c4", "c5"])
            let requests = server.requests
            #expect(requests.map { $0.queryValue("page_number") } == [nil, "2", "3"])
            #expect(requests.allSatisfy { $0.queryValue("page_size") == "2" && $0.path == "/api/v1/clusters" })
            #expect(requests.allSatisfy { $0.signatureCheck?.isValid == true })

            server.clearRequests()
            let pages = try await ack.describeClustersV1Pages(.init(pageSize: 2, pageNumber: 2)).collected()
            #expect(pages.map { $0.clusters?.count ?? 0 } == [2, 1])
            #expect(server.requests.map { $0.queryValue("page_number") } == ["2", "3"])
        }
    }

    /// KCE DescribeCluster: five clusters, two per call; `Marker` is the offset, 0 once all were returned.
    static func kcePage(_ request: RecordedRequest) -> MockResponse {
        let offset = (request.formValue("Marker") ?? request.queryValue("Marker")).flatMap { Int($0) } ?? 0
        let ids = (1...5).map { "k\($0)" }.dropFirst(offset).prefix(2)
        let next = offset + ids.count < 5 ? offset + ids.count : 0
        let clusters = ids.map { #"{"ClusterId": "\#($0)", "Status": "running"}"# }.joined(separator: ", ")
        return .json(
            #"{"RequestId": "r-\#(offset)", "ClusterSet": [\#(clusters)], "Marker": \#(next), "MaxResults": 2, "TotalCount": 5}"#
        )
    }

    @Test("KCE marker listing: each response's Marker is sent with the next call until it is 0")
    func kceMarker() async throws {
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: Self.kcePage) {
            server in
            let kce = KCEClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            let ids = try await kce.describeClusterItems(.init(maxResults: 2)).collected().map { $0.clusterID ?? "?" }
            #expect(ids == ["k1", "k2", "k3", "k4", "k5"])
            #expect(server.requests.map { $0.formValue("Marker") } == [nil, "2", "4"])
            #expect(server.requests.allSatisfy { $0.formValue("Action") == "DescribeCluster" })
            #expect(server.requests.allSatisfy { $0.signatureCheck?.isValid == true })
        }
    }

    @Test("KCR marker listing: a server that hands out the same marker twice ends with an error, not a loop")
    func kcrRepeatedMarker() async throws {
        let handler: MockServer.Handler = { _ in
            .json(
                #"{"RequestId": "r", "RepoSet": [{"RepoName": "ksyun/a"}], "Marker": 10, "MaxResults": 1, "TotalCount": 99}"#
            )
        }
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: handler) {
            server in
            let kcr = KCRClient(configuration: EndToEnd.configuration(server), credentials: EndToEnd.credentials)
            await #expect(throws: PaginationError.repeatedMarker(operation: "DescribePublicRepository", marker: "10")) {
                _ = try await kcr.describePublicRepositoryPages().collected()
            }
            #expect(server.requests.count == 2)
        }
    }

    @Test("an error answer ends the iteration with the typed service error")
    func errorPage() async throws {
        let handler: MockServer.Handler = { request in
            request.queryValue("page_number") == nil
                ? Self.ackPage(request)
                : .ackError(status: 503, code: "ServiceUnavailable", message: "try later", requestID: "R-2")
        }
        try await MockServer.withServer(verifying: [EndToEnd.accessKeyID: EndToEnd.secret], handler: handler) {
            server in
            let configuration = ClientConfiguration(
                endpoint: server.baseURL, timeout: Timeout(connect: .seconds(5), request: .seconds(10)),
                retryPolicy: .none)
            let ack = ACKClient(configuration: configuration, credentials: EndToEnd.credentials)
            let error = await #expect(throws: ServiceError.self) {
                _ = try await ack.describeClustersV1Pages(.init(pageSize: 2)).collected()
            }
            #expect(error?.code == "ServiceUnavailable")
        }
    }
}

extension AsyncSequence {
    /// Every element, in order.
    func collected() async throws -> [Element] {
        var result: [Element] = []
        for try await element in self { result.append(element) }
        return result
    }
}
