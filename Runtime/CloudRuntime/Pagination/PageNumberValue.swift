/// A type a request's page-number parameter can have.
///
/// Vendors type page numbers as integers of any width, and some as strings (ACK's
/// DescribeClusterNodes documents `pageNumber` as a String), so the paginator reads and writes
/// them through this protocol.
public protocol PageNumberValue: Sendable {
    /// The page number this value holds, or nil when it is not a whole number.
    @_spi(Generated) var pageNumber: Int? { get }

    /// The value for a page number, or nil when the type cannot hold it.
    /// - Parameter pageNumber: The page number, starting at 1.
    @_spi(Generated) init?(pageNumber: Int)
}

extension Int: PageNumberValue {
    /// The integer itself.
    @_spi(Generated) public var pageNumber: Int? { self }

    /// The page number itself.
    @_spi(Generated) public init?(pageNumber: Int) { self = pageNumber }
}

extension Int32: PageNumberValue {
    /// The integer itself.
    @_spi(Generated) public var pageNumber: Int? { Int(self) }

    /// The page number, when it fits.
    @_spi(Generated) public init?(pageNumber: Int) { self.init(exactly: pageNumber) }
}

extension Int64: PageNumberValue {
    /// The integer itself.
    @_spi(Generated) public var pageNumber: Int? { Int(exactly: self) }

    /// The page number, when it fits.
    @_spi(Generated) public init?(pageNumber: Int) { self.init(exactly: pageNumber) }
}

extension String: PageNumberValue {
    /// The decimal number the text spells, if any.
    @_spi(Generated) public var pageNumber: Int? { Int(self) }

    /// The decimal text of the page number.
    @_spi(Generated) public init?(pageNumber: Int) { self = String(pageNumber) }
}
