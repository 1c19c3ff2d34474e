/// A type a listing's continuation marker can have.
///
/// Some listings hand back an opaque text token, others (Kingsoft's `Marker`) the integer offset at
/// which the next page starts. Either way a value marks the end of the listing: an empty token,
/// or offset 0.
public protocol PaginationMarker: Hashable, Sendable, CustomStringConvertible {
    /// Whether the value says that no page follows.
    @_spi(Generated) var isEndOfListing: Bool { get }
}

extension String: PaginationMarker {
    /// An empty token ends the listing.
    @_spi(Generated) public var isEndOfListing: Bool { self.isEmpty }
}

extension Int: PaginationMarker {
    /// Offset 0 (or a negative one) ends the listing: the next page would start over.
    @_spi(Generated) public var isEndOfListing: Bool { self <= 0 }
}

extension Int32: PaginationMarker {
    /// Offset 0 (or a negative one) ends the listing: the next page would start over.
    @_spi(Generated) public var isEndOfListing: Bool { self <= 0 }
}

extension Int64: PaginationMarker {
    /// Offset 0 (or a negative one) ends the listing: the next page would start over.
    @_spi(Generated) public var isEndOfListing: Bool { self <= 0 }
}
