@_spi(Generated) import CloudRuntime
import Testing

@Suite("Page-number pagination")
struct PageNumberPaginationTests {
    let withTotal = Pagination<PageRequest, PageResponse>.pageNumber(
        operation: "DescribeClustersV1", page: \PageRequest.pageNumber, items: \PageResponse.items,
        total: \PageResponse.total)
    let withoutTotal = Pagination<PageRequest, PageResponse>.pageNumber(
        operation: "DescribeClustersV1", page: \PageRequest.pageNumber, items: \PageResponse.items)

    @Test("counts pages up from 1 and stops once page × size reaches the total")
    func stopsAtTotal() async throws {
        let listing = ScriptedListing<PageRequest>([
            PageResponse(items: ["a", "b"], total: 5), PageResponse(items: ["c", "d"], total: 5),
            PageResponse(items: ["e"], total: 5), PageResponse(items: ["never"], total: 5),
        ])
        let pages = Paginator(
            request: PageRequest(), pagination: self.withTotal, fetch: { try await listing.fetch($0) })
        let items = try await pages.items(\PageResponse.items).collect()
        #expect(items == ["a", "b", "c", "d", "e"])
        #expect(await listing.requests.map(\.pageNumber) == [nil, 2, 3])
    }

    @Test("a total that is a whole number of pages needs no extra request")
    func exactTotal() async throws {
        let listing = ScriptedListing<PageRequest>([
            PageResponse(items: ["a", "b"], total: 4), PageResponse(items: ["c", "d"], total: 4),
        ])
        let pages = try await Paginator(
            request: PageRequest(), pagination: self.withTotal, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(pages.count == 2)
    }

    @Test("starts from the request's page number")
    func startsFromRequestPage() async throws {
        let listing = ScriptedListing<PageRequest>([
            PageResponse(items: ["e", "f"], total: 6), PageResponse(items: ["never"], total: 6),
        ])
        let pages = Paginator(
            request: PageRequest(pageNumber: 3), pagination: self.withTotal, fetch: { try await listing.fetch($0) })
        #expect(try await pages.collect().count == 1)
        #expect(await listing.requests.map(\.pageNumber) == [3])
    }

    @Test("without a total, the first empty page ends the listing")
    func stopsOnEmptyPage() async throws {
        let listing = ScriptedListing<PageRequest>([
            PageResponse(items: ["a"]), PageResponse(items: ["b"]), PageResponse(items: []),
        ])
        let items = try await Paginator(
            request: PageRequest(), pagination: self.withoutTotal, fetch: { try await listing.fetch($0) }
        )
        .items(\PageResponse.items).collect()
        #expect(items == ["a", "b"])
        #expect(await listing.requests.map(\.pageNumber) == [nil, 2, 3])
    }

    @Test("a page without its items field counts as empty")
    func missingItems() async throws {
        let listing = ScriptedListing<PageRequest>([PageResponse(items: nil, total: 10)])
        let pages = try await Paginator(
            request: PageRequest(), pagination: self.withTotal, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(pages.count == 1)
    }

    @Test("string page numbers are written as decimal text")
    func stringPages() async throws {
        let pagination = Pagination<PageRequest, PageResponse>.pageNumber(
            operation: "DescribeClusterNodes", page: \PageRequest.pageText, items: \PageResponse.items,
            total: \PageResponse.total)
        let listing = ScriptedListing<PageRequest>([
            PageResponse(items: ["a"], total: 2), PageResponse(items: ["b"], total: 2),
        ])
        _ = try await Paginator(
            request: PageRequest(pageText: "1"), pagination: pagination, fetch: { try await listing.fetch($0) }
        )
        .collect()
        #expect(await listing.requests.map(\.pageText) == ["1", "2"])
    }

    @Test("a page number that is not a number is an error, not a restart")
    func invalidPageText() async throws {
        let pagination = Pagination<PageRequest, PageResponse>.pageNumber(
            operation: "DescribeClusterNodes", page: \PageRequest.pageText, items: \PageResponse.items)
        let listing = ScriptedListing<PageRequest>([PageResponse(items: ["a"]), PageResponse(items: ["b"])])
        let pages = Paginator(
            request: PageRequest(pageText: "first"), pagination: pagination, fetch: { try await listing.fetch($0) })
        await #expect(throws: PaginationError.invalidPageNumber(operation: "DescribeClusterNodes")) {
            _ = try await pages.collect()
        }
    }

    @Test("an error of a request ends the iteration with that error")
    func propagatesErrors() async throws {
        let listing = ScriptedListing<PageRequest>([PageResponse(items: ["a"])])
        let pages = Paginator(
            request: PageRequest(), pagination: self.withoutTotal, fetch: { try await listing.fetch($0) })
        await #expect(throws: ListingExhausted.self) { _ = try await pages.collect() }
        #expect(await listing.requests.count == 2)
    }

    @Test("nothing is fetched until iteration starts, and a cancelled task fetches nothing")
    func cancellation() async throws {
        let listing = ScriptedListing<PageRequest>([PageResponse(items: ["a"])])
        let pages = Paginator(
            request: PageRequest(), pagination: self.withoutTotal, fetch: { try await listing.fetch($0) })
        #expect(await listing.requests.isEmpty)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await pages.collect()
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(await listing.requests.isEmpty)
    }
}
