/// How one listing operation pages: which request parameter moves to the next page, and how a
/// response tells that the listing is over.
///
/// Generated clients describe each paging operation with one of the two styles and hand the
/// description to a ``Paginator``; the loop itself lives here, so every listing stops the same way:
///
/// * page-number style (`page_number`/`page_size`): after an empty page, or once
///   `page × largest page seen ≥ total` when the response carries a total;
/// * marker style (`Marker`/`MaxResults`): after an empty page, when the response's marker is
///   missing or ends the listing (empty text, offset 0), or once the items seen reach the total.
///   A marker the listing already used is an error (``PaginationError/repeatedMarker(operation:marker:)``),
///   never a loop.
///
/// ```swift
/// let pagination = Pagination<ListRequest, ListResponse>.pageNumber(
///     operation: "DescribeClustersV1", page: \ListRequest.pageNumber,
///     items: \ListResponse.clusters, total: \ListResponse.pageInfo?.totalCount)
/// ```
public struct Pagination<Request: Sendable, Response: Sendable>: Sendable {
    /// The two ways listings page.
    public enum Style: String, Sendable, Hashable {
        /// A page number parameter counts up from 1.
        case pageNumber = "page-number"
        /// Each response hands out the marker the next request sends.
        case marker
    }

    /// What the paginator remembers between pages.
    struct Cursor: Sendable {
        /// Items seen on the pages so far.
        var itemsSeen = 0
        /// The largest number of items one page held (the server's page size, once a page was full).
        var largestPage = 0
        /// Every marker sent so far, as text.
        var markersSent: Set<String> = []
    }

    /// The listing's style.
    public let style: Style
    /// The vendor's API name of the listing, quoted in errors.
    public let operation: String
    /// The number of items a response holds.
    let itemCount: @Sendable (Response) -> Int
    /// Turns the request that produced `response` into the next page's request, or returns nil when
    /// the listing is over.
    let advance: @Sendable (_ request: Request, _ response: Response, _ cursor: inout Cursor) throws -> Request?

    /// The request for the page after `response`, or nil when `response` was the last page.
    ///
    /// - Throws: ``PaginationError`` when paging cannot continue safely.
    func nextRequest(after request: Request, response: Response, cursor: inout Cursor) throws -> Request? {
        let count = self.itemCount(response)
        cursor.itemsSeen += count
        cursor.largestPage = max(cursor.largestPage, count)
        guard count > 0 else { return nil }
        return try self.advance(request, response, &cursor)
    }
}
