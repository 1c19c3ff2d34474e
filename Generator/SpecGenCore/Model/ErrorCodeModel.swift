/// One error code of the vendor's common errors table (`x-errors`), with every row that names it.
public struct ErrorCodeModel: Equatable, Sendable {
    /// One row of the table.
    public struct Entry: Equatable, Sendable {
        /// The HTTP status the service answers with.
        public var status: Int
        /// The message text the service sends (`%s` stands for request-specific text).
        public var message: String
        /// What the error means, if the spec says.
        public var description: String?

        /// Creates a row.
        public init(status: Int, message: String, description: String?) {
            self.status = status
            self.message = message
            self.description = description
        }
    }

    /// The code on the wire, e.g. `SignatureDoesNotMatch`.
    public var code: String
    /// The Swift name of its constant, e.g. `signatureDoesNotMatch`.
    public var swiftName: String
    /// The rows naming this code, in spec order.
    public var entries: [Entry]

    /// Creates an error code.
    public init(code: String, swiftName: String, entries: [Entry]) {
        self.code = code
        self.swiftName = swiftName
        self.entries = entries
    }
}
