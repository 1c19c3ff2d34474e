/// One way an answer differed from the spec, found while decoding it.
///
/// A record says where (the operation and the JSON path in its body), what kind of difference it
/// was, the type the spec declares and the JSON type the server sent. It never carries the value
/// itself, which may be a secret or personal data, except for ``Kind/unknownEnumValue``, where the
/// value is the news. Repeats within one answer (a field drifting in every element of a list) are
/// one record with a ``count``.
///
/// Encoded as one JSON object per line (NDJSON) by ``DriftHandler/recordingNDJSON(to:)``, which
/// `specgen drift` reads:
///
/// ```json
/// {"count":5000,"declared":"integer","kind":"coerced-type","observed":"string","operation":"DescribeClustersV1","path":"$.clusters[*].size","requestId":"5A1E…","service":"ACK"}
/// ```
public struct ResponseDrift: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of difference.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The kind's name in records, e.g. `coerced-type`.
        public var rawValue: String

        /// Creates a kind from its name in records.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The value had another JSON type than declared and was converted: `"5"` for an integer,
        /// `"true"` or `1` for a boolean, `5` for a string.
        public static let coercedType = Kind(rawValue: "coerced-type")
        /// The object had a member the spec does not name; it is kept in `undocumentedFields`.
        public static let unknownField = Kind(rawValue: "unknown-field")
        /// A member the spec marks required was absent or `null`.
        public static let missingRequiredField = Kind(rawValue: "missing-required-field")
        /// A string enumeration had a value the spec does not list; the value is kept as it is.
        public static let unknownEnumValue = Kind(rawValue: "unknown-enum-value")
        /// The value could not be read as the declared type at all (an object where a number was
        /// declared); the field was left empty.
        public static let unreadableValue = Kind(rawValue: "unreadable-value")
        /// The value was `null` where the spec does not allow null; it reads as absent.
        public static let unexpectedNull = Kind(rawValue: "unexpected-null")
        /// A `date-time` text was in no form the SDK reads; the ``Timestamp`` keeps the text, its
        /// `date` is nil.
        public static let unknownDateForm = Kind(rawValue: "unknown-date-form")

        /// The kind's name in records.
        public var description: String { self.rawValue }
    }

    /// The service's name, e.g. `ACK`; empty when the decoder was used outside a client.
    public var service: String
    /// The operation whose answer drifted, e.g. `DescribeClusterDetail`; empty outside a client.
    public var operation: String
    /// Where in the body: `$` is the whole body, `.name` a member, `["odd name"]` a member whose
    /// name is not an identifier, `[*]` any element of a list (indexes are not kept, so the same
    /// field in every element is one record).
    public var path: String
    /// What kind of difference it was.
    public var kind: Kind
    /// The JSON type the spec declares (`string`, `integer`, `number`, `boolean`, `object`, `array`);
    /// nil for an unknown field.
    public var declared: String?
    /// The JSON type the server sent (the same names, plus `null`); nil for an absent field.
    public var observed: String?
    /// The value, for ``Kind/unknownEnumValue`` only.
    public var value: String?
    /// How often this difference occurred in the answer.
    public var count: Int
    /// The request ID of the answer, when it had one.
    public var requestID: String?

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - service: The service's name.
    ///   - operation: The operation's name.
    ///   - path: The JSON path in the body, with `[*]` for list elements.
    ///   - kind: The kind of difference.
    ///   - declared: The declared JSON type.
    ///   - observed: The JSON type sent.
    ///   - value: The value of an unknown enum value; nil otherwise.
    ///   - count: How often it occurred in the answer.
    ///   - requestID: The answer's request ID.
    public init(
        service: String = "", operation: String = "", path: String, kind: Kind, declared: String?, observed: String?,
        value: String? = nil, count: Int = 1, requestID: String? = nil
    ) {
        self.service = service
        self.operation = operation
        self.path = path
        self.kind = kind
        self.declared = declared
        self.observed = observed
        self.value = value
        self.count = count
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case service, operation, path, kind, declared, observed, value, count
        case requestID = "requestId"
    }

    /// For example `DescribeClusterDetail $.size: coerced-type (integer declared, string sent)`.
    public var description: String {
        var text = self.operation.isEmpty ? "" : self.operation + " "
        text += "\(self.path): \(self.kind)"
        switch (self.declared, self.observed) {
        case (let declared?, let observed?): text += " (\(declared) declared, \(observed) sent)"
        case (let declared?, nil): text += " (\(declared) declared, absent)"
        case (nil, let observed?): text += " (\(observed) sent)"
        case (nil, nil): break
        }
        if let value = self.value { text += " value \"\(value)\"" }
        if self.count > 1 { text += " ×\(self.count)" }
        return text
    }
}
