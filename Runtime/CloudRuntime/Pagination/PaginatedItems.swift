/// The items of every page of a listing, in order, fetched page by page as they are consumed.
///
/// Generated clients return one for each paging operation (`ack.describeClustersV1Items(request)`):
///
/// ```swift
/// for try await cluster in ack.describeClustersV1Items() {
///     print(cluster.name ?? "")
/// }
/// ```
public struct PaginatedItems<Request: Sendable, Response: Sendable, Item>: AsyncSequence, Sendable {
    /// One item of a page.
    public typealias Element = Item

    /// The pages the items come from.
    public let pages: Paginator<Request, Response>
    /// A page's items.
    let items: @Sendable (Response) -> [Item]?

    /// Creates the item sequence of a listing.
    ///
    /// - Parameters:
    ///   - pages: The pages.
    ///   - items: A page's items.
    public init(pages: Paginator<Request, Response>, items: @escaping @Sendable (Response) -> [Item]?) {
        self.pages = pages
        self.items = items
    }

    /// Starts with the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: self.pages.makeAsyncIterator(), items: self.items)
    }

    /// Yields the items of one page before fetching the next.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Paginator<Request, Response>.AsyncIterator
        let items: @Sendable (Response) -> [Item]?
        var buffered: [Item] = []
        var index = 0

        init(pages: Paginator<Request, Response>.AsyncIterator, items: @escaping @Sendable (Response) -> [Item]?) {
            self.pages = pages
            self.items = items
        }

        /// The next item, or nil after the last page's last item.
        ///
        /// - Throws: What fetching a page throws (see ``Paginator/AsyncIterator/next()``).
        public mutating func next() async throws -> Item? {
            while self.index == self.buffered.count {
                guard let page = try await self.pages.next() else { return nil }
                self.buffered = self.items(page) ?? []
                self.index = 0
            }
            defer { self.index += 1 }
            return self.buffered[self.index]
        }
    }
}
