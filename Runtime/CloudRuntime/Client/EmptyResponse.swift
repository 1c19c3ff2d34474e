/// The response of an operation whose answer the spec does not describe beyond its request ID.
///
/// Any members the answer has anyway are kept in ``undocumentedFields`` and reported as drift.
public struct EmptyResponse: ServiceResponse, Codable, Equatable {
    /// The ID the service gave this request: from the response headers, else the body's `RequestId`.
    public var requestID: String?
    /// Members the server sent anyway, by wire name.
    public var undocumentedFields = UndocumentedFields()

    /// Creates a response, for tests and mock transports.
    public init(requestID: String? = nil) {
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case undocumentedFields
    }

    /// Keeps whatever members the answer has; an answer that is not an object is left unread.
    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
        self.undocumentedFields = try container.decode(UndocumentedFields.self, forKey: .undocumentedFields)
    }
}
extension EmptyResponse: MemberwiseDescribable {}
