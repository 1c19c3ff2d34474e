import CloudRuntime

/// A page-number listing request, with a string page number like ACK's DescribeClusterNodes.
struct PageRequest: Sendable, Hashable {
    var pageNumber: Int64?
    var pageText: String?
}

/// A page of a listing: items and, optionally, the total and the next marker.
struct PageResponse: Sendable, Hashable {
    var items: [String]?
    var total: Int32?
    var marker: Int32?
    var token: String?
}

/// A marker listing request with both kinds of marker (Kingsoft's integer offset, a text token).
struct MarkerRequest: Sendable, Hashable {
    var offset: Int32?
    var token: String?
}

/// Serves scripted pages and records every request, so a test sees exactly what was fetched.
actor ScriptedListing<Request: Sendable> {
    private var pages: [PageResponse]
    private(set) var requests: [Request] = []

    init(_ pages: [PageResponse]) {
        self.pages = pages
    }

    func fetch(_ request: Request) throws -> PageResponse {
        self.requests.append(request)
        guard !self.pages.isEmpty else { throw ListingExhausted() }
        return self.pages.removeFirst()
    }
}

/// The scripted listing was asked for more pages than it has: the paginator did not stop.
struct ListingExhausted: Error {}

extension AsyncSequence {
    /// Every element, in order.
    func collect() async throws -> [Element] {
        var result: [Element] = []
        for try await element in self { result.append(element) }
        return result
    }
}
