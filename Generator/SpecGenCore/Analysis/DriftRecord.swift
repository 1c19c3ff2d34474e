/// One drift record, as `specgen drift` reads it: one way an answer differed from the spec, written by
/// the runtime's tolerant decoder as one JSON object per line.
///
/// The format is CloudRuntime's `ResponseDrift` (the generator does not link the runtime):
///
/// ```json
/// {"service":"ACK","operation":"DescribeClustersV1","path":"$.clusters[*].size","kind":"coerced-type","declared":"integer","observed":"string","count":5000,"requestId":"..."}
/// ```
///
/// One record stands for one answer; `count` says how often the difference occurred inside it.
public struct DriftRecord: Sendable, Hashable {
    /// The kind of difference.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// A value of another JSON type was converted into the declared one.
        case coercedType = "coerced-type"
        /// An object had a member the spec does not name.
        case unknownField = "unknown-field"
        /// A required member was absent or `null`.
        case missingRequiredField = "missing-required-field"
        /// A string enumeration had a value the spec does not list.
        case unknownEnumValue = "unknown-enum-value"
        /// The value could not be read as the declared type at all.
        case unreadableValue = "unreadable-value"
        /// The value was `null` where the spec does not allow null.
        case unexpectedNull = "unexpected-null"
        /// A `date-time` text was in no form the SDK reads.
        case unknownDateForm = "unknown-date-form"
    }

    /// The service's name (`x-sdk.name`), e.g. `ACK`.
    public var service: String
    /// The operation whose answer drifted, e.g. `DescribeClusterDetail`.
    public var operation: String
    /// Where in the success response body.
    public var path: DriftPath
    /// What kind of difference it was.
    public var kind: Kind
    /// The JSON type the spec declared when the answer was read; nil for an unknown field.
    public var declared: JSONType?
    /// The JSON type the server sent (`null` included); nil for an absent field.
    public var observed: JSONType?
    /// The value, for ``Kind/unknownEnumValue`` only.
    public var value: String?
    /// How often the difference occurred in the answer.
    public var count: Int
    /// The answer's request ID, when it had one.
    public var requestID: String?
    /// The record file and line the record was read from.
    public var source: SourceLocation

    /// Creates a record.
    public init(
        service: String, operation: String, path: DriftPath, kind: Kind, declared: JSONType? = nil,
        observed: JSONType? = nil, value: String? = nil, count: Int = 1, requestID: String? = nil,
        source: SourceLocation
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
        self.source = source
    }
}

/// A drift record's place in the body: `$` is the top of the success response, `.name` a member,
/// `["odd name"]` (a JSON string) any other member name, `[*]` any list element.
public struct DriftPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from the top of the body.
    public enum Step: Sendable, Hashable {
        /// A member of an object, by its wire name.
        case member(String)
        /// Any element of a list.
        case element
    }

    /// The steps, outermost first; empty for `$`.
    public var steps: [Step]

    /// Creates a path from its steps.
    public init(_ steps: [Step]) {
        self.steps = steps
    }

    /// The path as records write it, e.g. `$.clusters[*].size` or `$["x-custom"]`.
    public var description: String {
        var text = "$"
        for step in self.steps {
            switch step {
            case .element: text += "[*]"
            case .member(let name) where Self.isIdentifier(name): text += "." + name
            case .member(let name): text += "[" + JSONWriter.quoted(name) + "]"
            }
        }
        return text
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`: a name written after a dot.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || Self.isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || Self.isLetter($0) || ("0"..."9").contains($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
