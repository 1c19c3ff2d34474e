@_spi(Generated) import CloudRuntime
import Testing

@Suite("Marker pagination")
struct MarkerPaginationTests {
    let offsets = Pagination<MarkerRequest, PageResponse>.marker(
        operation: "DescribeCluster", marker: \MarkerRequest.offset, next: \PageResponse.marker,
        items: \PageResponse.items, total: \PageResponse.total)
    let tokens = Pagination<MarkerRequest, PageResponse>.marker(
        operation: "ListThings", marker: \MarkerRequest.token, next: \PageResponse.token, items: \PageResponse.items)

    @Test("sends each response's marker with the next request until the marker is 0")
    func followsOffsets() async throws {
        let listing = ScriptedListing<MarkerRequest>([
            PageResponse(items: ["a", "b"], marker: 2), PageResponse(items: ["c", "d"], marker: 4),
            PageResponse(items: ["e"], marker: 0), PageResponse(items: ["never"]),
        ])
        let items = try await Paginator(
            request: MarkerRequest(), pagination: self.offsets, fetch: { try await listing.fetch($0) }
        )
        .items(\PageResponse.items).collect()
        #expect(items == ["a", "b", "c", "d", "e"])
        #expect(await listing.requests.map(\.offset) == [nil, 2, 4])
    }

    @Test("stops once the items seen reach the total, whatever the marker says")
    func stopsAtTotal() async throws {
        let listing = ScriptedListing<MarkerRequest>([
            PageResponse(items: ["a", "b"], total: 3, marker: 2), PageResponse(items: ["c"], total: 3, marker: 3),
            PageResponse(items: ["never"]),
        ])
        let pages = try await Paginator(
            request: MarkerRequest(), pagination: self.offsets, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(pages.count == 2)
    }

    @Test("a missing or empty token ends the listing", arguments: [String?.none, ""])
    func endsOnMissingToken(last: String?) async throws {
        let listing = ScriptedListing<MarkerRequest>([
            PageResponse(items: ["a"], token: "t1"), PageResponse(items: ["b"], token: last),
            PageResponse(items: ["never"]),
        ])
        let pages = try await Paginator(
            request: MarkerRequest(), pagination: self.tokens, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(pages.count == 2)
        #expect(await listing.requests.map(\.token) == [nil, "t1"])
    }

    @Test("an empty page ends the listing even when a marker follows")
    func endsOnEmptyPage() async throws {
        let listing = ScriptedListing<MarkerRequest>([PageResponse(items: [], token: "t1")])
        let pages = try await Paginator(
            request: MarkerRequest(), pagination: self.tokens, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(pages.count == 1)
    }

    @Test("a marker handed out twice is an error instead of an endless loop")
    func repeatedMarker() async throws {
        let listing = ScriptedListing<MarkerRequest>([
            PageResponse(items: ["a"], token: "t1"), PageResponse(items: ["b"], token: "t2"),
            PageResponse(items: ["c"], token: "t1"), PageResponse(items: ["never"]),
        ])
        let pages = Paginator(request: MarkerRequest(), pagination: self.tokens, fetch: { try await listing.fetch($0) })
        await #expect(throws: PaginationError.repeatedMarker(operation: "ListThings", marker: "t1")) {
            _ = try await pages.collect()
        }
        #expect(await listing.requests.count == 3)
    }

    @Test("a server that echoes the first request's marker is caught at once")
    func echoedMarker() async throws {
        let listing = ScriptedListing<MarkerRequest>([PageResponse(items: ["a"], marker: 5)])
        let pages = Paginator(
            request: MarkerRequest(offset: 5), pagination: self.offsets, fetch: { try await listing.fetch($0) })
        await #expect(throws: PaginationError.repeatedMarker(operation: "DescribeCluster", marker: "5")) {
            _ = try await pages.collect()
        }
    }
}
