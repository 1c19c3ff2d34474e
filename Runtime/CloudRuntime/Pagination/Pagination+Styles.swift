extension Pagination {
    /// A listing that pages by page number (ACK's `page_number`/`page_size`).
    ///
    /// The first request's page number (1 when absent) is counted up by one per page.
    ///
    /// - Parameters:
    ///   - operation: The vendor's API name, quoted in errors.
    ///   - page: The request's page-number property.
    ///   - items: The response's items on one page.
    ///   - total: The response's total number of items across all pages, when it gives one.
    /// - Returns: The description a ``Paginator`` follows.
    @_spi(Generated) public static func pageNumber<Page: PageNumberValue, Item, Total: BinaryInteger & Sendable>(
        operation: String, page: any WritableKeyPath<Request, Page?> & Sendable,
        items: @escaping @Sendable (Response) -> [Item]?, total: @escaping @Sendable (Response) -> Total?
    ) -> Pagination {
        Pagination(
            style: .pageNumber, operation: operation, itemCount: { items($0)?.count ?? 0 },
            advance: { request, response, cursor in
                guard let current = request[keyPath: page].map({ $0.pageNumber }) ?? 1 else {
                    throw PaginationError.invalidPageNumber(operation: operation)
                }
                // page × page size ≥ total, written so that it cannot overflow; the page size is the
                // largest page seen, which is never 0 here (an empty page already ended the listing).
                if let total = total(response).flatMap({ Int(exactly: $0) }),
                    current >= total / cursor.largestPage + (total % cursor.largestPage == 0 ? 0 : 1)
                {
                    return nil
                }
                guard let next = Page(pageNumber: current + 1) else {
                    throw PaginationError.invalidPageNumber(operation: operation)
                }
                var request = request
                request[keyPath: page] = next
                return request
            })
    }

    /// A listing that pages by page number and whose responses give no total: it ends at the
    /// first empty page.
    ///
    /// - Parameters:
    ///   - operation: The vendor's API name, quoted in errors.
    ///   - page: The request's page-number property.
    ///   - items: The response's items on one page.
    /// - Returns: The description a ``Paginator`` follows.
    @_spi(Generated) public static func pageNumber<Page: PageNumberValue, Item>(
        operation: String, page: any WritableKeyPath<Request, Page?> & Sendable,
        items: @escaping @Sendable (Response) -> [Item]?
    ) -> Pagination {
        self.pageNumber(operation: operation, page: page, items: items, total: { _ in Int?.none })
    }

    /// A listing that pages by continuation marker (Kingsoft's `Marker`/`MaxResults`).
    ///
    /// Each response's marker is sent as the next request's marker.
    ///
    /// - Parameters:
    ///   - operation: The vendor's API name, quoted in errors.
    ///   - marker: The request's marker property.
    ///   - next: The response's marker for the next page.
    ///   - items: The response's items on one page.
    ///   - total: The response's total number of items across all pages, when it gives one.
    /// - Returns: The description a ``Paginator`` follows.
    @_spi(Generated) public static func marker<Marker: PaginationMarker, Item, Total: BinaryInteger & Sendable>(
        operation: String, marker: any WritableKeyPath<Request, Marker?> & Sendable,
        next: @escaping @Sendable (Response) -> Marker?, items: @escaping @Sendable (Response) -> [Item]?,
        total: @escaping @Sendable (Response) -> Total?
    ) -> Pagination {
        Pagination(
            style: .marker, operation: operation, itemCount: { items($0)?.count ?? 0 },
            advance: { request, response, cursor in
                if let sent = request[keyPath: marker] { cursor.markersSent.insert(sent.description) }
                guard let following = next(response), !following.isEndOfListing else { return nil }
                if let total = total(response).flatMap({ Int(exactly: $0) }), cursor.itemsSeen >= total {
                    return nil
                }
                guard !cursor.markersSent.contains(following.description) else {
                    throw PaginationError.repeatedMarker(operation: operation, marker: following.description)
                }
                var request = request
                request[keyPath: marker] = following
                return request
            })
    }

    /// A listing that pages by continuation marker and whose responses give no total.
    ///
    /// - Parameters:
    ///   - operation: The vendor's API name, quoted in errors.
    ///   - marker: The request's marker property.
    ///   - next: The response's marker for the next page.
    ///   - items: The response's items on one page.
    /// - Returns: The description a ``Paginator`` follows.
    @_spi(Generated) public static func marker<Marker: PaginationMarker, Item>(
        operation: String, marker: any WritableKeyPath<Request, Marker?> & Sendable,
        next: @escaping @Sendable (Response) -> Marker?, items: @escaping @Sendable (Response) -> [Item]?
    ) -> Pagination {
        self.marker(operation: operation, marker: marker, next: next, items: items, total: { _ in Int?.none })
    }
}
