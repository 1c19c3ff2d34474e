/// A response whose body is one of the service's own types: a structure from the spec, or a list.
///
/// Operations whose answer is a spec structure return it in ``body`` rather than in a copy of their
/// own, and its members read directly on the response:
///
/// ```swift
/// let cluster = try await ack.describeClusterDetail(.init(clusterID: id))
/// print(cluster.name, cluster.requestID)   // cluster.body.name, and the ID from the headers
/// ```
@dynamicMemberLookup
public struct BodyResponse<Body: Sendable>: Sendable {
    /// The decoded body.
    public var body: Body
    /// The ID the service gave this request: from the response headers, else the body's `RequestId`.
    public var requestID: String?

    /// Creates a response, for tests and mock transports.
    public init(body: Body, requestID: String? = nil) {
        self.body = body
        self.requestID = requestID
    }

    /// A member of the body, read and written as if it were the response's own.
    public subscript<Value>(dynamicMember member: WritableKeyPath<Body, Value>) -> Value {
        get { self.body[keyPath: member] }
        set { self.body[keyPath: member] = newValue }
    }
}

extension BodyResponse: ServiceResponse, Decodable where Body: Decodable {
    /// Decodes the body; the client fills ``requestID`` afterwards.
    public init(from decoder: any Decoder) throws {
        self.body = try decoder.singleValueContainer().decode(Body.self)
        self.requestID = nil
    }
}

extension BodyResponse: Encodable where Body: Encodable {
    /// Encodes the body alone, as the service sends it; the request ID travels in a header.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.body)
    }
}

extension BodyResponse: Equatable where Body: Equatable {}

extension BodyResponse: MemberwiseDescribable {}
