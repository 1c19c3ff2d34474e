/// The pages of a listing, fetched one at a time as the sequence is iterated.
///
/// Generated clients return one for each paging operation (`ack.describeClustersV1Pages(request)`):
///
/// ```swift
/// for try await page in ack.describeClustersV1Pages(.init(pageSize: 50)) {
///     print(page.clusters?.count ?? 0)
/// }
/// ```
///
/// Each iteration sends one request; nothing is fetched before the first `next()`. Iteration
/// checks for task cancellation before each request and throws `CancellationError` when the task
/// was cancelled. Errors of a request end the iteration with that error.
public struct Paginator<Request: Sendable, Response: Sendable>: AsyncSequence, Sendable {
    /// One page: the response of one request.
    public typealias Element = Response

    /// The first page's request.
    public let request: Request
    /// How the listing pages.
    public let pagination: Pagination<Request, Response>
    /// Sends one request.
    let fetch: @Sendable (Request) async throws -> Response

    /// Creates the pages of a listing.
    ///
    /// - Parameters:
    ///   - request: The first page's request; its page number or marker says where to start.
    ///   - pagination: How the listing pages.
    ///   - fetch: Sends one request, e.g. the generated client's method for the operation.
    @_spi(Generated) public init(
        request: Request, pagination: Pagination<Request, Response>,
        fetch: @escaping @Sendable (Request) async throws -> Response
    ) {
        self.request = request
        self.pagination = pagination
        self.fetch = fetch
    }

    /// Starts fetching from the first request.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pending: self.request, pagination: self.pagination, fetch: self.fetch)
    }

    /// Fetches the pages in order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The next request to send; nil once the listing is over.
        var pending: Request?
        let pagination: Pagination<Request, Response>
        let fetch: @Sendable (Request) async throws -> Response
        var cursor = Pagination<Request, Response>.Cursor()

        init(
            pending: Request, pagination: Pagination<Request, Response>,
            fetch: @escaping @Sendable (Request) async throws -> Response
        ) {
            self.pending = pending
            self.pagination = pagination
            self.fetch = fetch
        }

        /// The next page, or nil after the last one.
        ///
        /// - Throws: `CancellationError` when the task is cancelled, the request's error, or a
        ///   ``PaginationError`` when the service's answers would make the listing loop.
        public mutating func next() async throws -> Response? {
            guard let request = self.pending else { return nil }
            self.pending = nil
            try Task.checkCancellation()
            let response = try await self.fetch(request)
            self.pending = try self.pagination.nextRequest(after: request, response: response, cursor: &self.cursor)
            return response
        }
    }
}

extension Paginator {
    /// The items of every page, in order, as one sequence.
    ///
    /// - Parameter items: A page's items (a key path such as `\Response.clusters` will do).
    /// - Returns: A sequence that fetches pages as its items are consumed.
    @_spi(Generated) public func items<Item>(_ items: @escaping @Sendable (Response) -> [Item]?) -> PaginatedItems<
        Request, Response, Item
    > {
        PaginatedItems(pages: self, items: items)
    }
}
