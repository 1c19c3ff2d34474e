/// How a listing operation pages (`x-pagination`): the request parameter that moves to the next
/// page, and the response fields that hold the page's items, the next marker and the total.
public struct PaginationModel: Equatable, Sendable {
    /// The two ways listings page.
    public enum Style: String, Equatable, Sendable, CaseIterable {
        /// A page number parameter counts up from 1 (`page_number`/`page_size`).
        case pageNumber = "page-number"
        /// Each response hands out the marker the next request sends (`Marker`/`MaxResults`).
        case marker
    }

    /// The listing's style.
    public var style: Style
    /// The request field that selects the page: the page number or the marker.
    public var cursor: FieldModel
    /// The request field that sets the page size, if the listing has one.
    public var size: FieldModel?
    /// The response field holding a page's items (a list).
    public var items: ResponseFieldPath
    /// The response field holding the next page's marker (marker style only).
    public var next: ResponseFieldPath?
    /// The response field holding the total number of items, if the response gives one.
    public var total: ResponseFieldPath?
    /// Where `x-pagination` is declared.
    public var origin: Origin

    /// Creates a pagination model.
    public init(
        style: Style, cursor: FieldModel, size: FieldModel?, items: ResponseFieldPath, next: ResponseFieldPath?,
        total: ResponseFieldPath?, origin: Origin
    ) {
        self.style = style
        self.cursor = cursor
        self.size = size
        self.items = items
        self.next = next
        self.total = total
        self.origin = origin
    }
}

/// A field reached from a response (or from a list element inside it) by a dotted path of wire names,
/// with the Swift property path that reads it.
public struct ResponseFieldPath: Equatable, Sendable {
    /// The dotted wire path as the spec writes it, e.g. `page_info.total_count`.
    public var wirePath: String
    /// The Swift property path with optional chaining, e.g. `pageInfo?.totalCount`.
    public var swiftPath: String
    /// The type of the value at the end of the path, without its optional wrapper.
    public var type: TypeReference

    /// Creates a path.
    public init(wirePath: String, swiftPath: String, type: TypeReference) {
        self.wirePath = wirePath
        self.swiftPath = swiftPath
        self.type = type
    }
}
