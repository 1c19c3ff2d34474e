/// A string enumeration that also accepts values it does not know.
///
/// Vendors add enum cases without notice. A conforming type stores the raw string, exposes the
/// known cases as static constants, and still decodes, compares and re-encodes any other value
/// unchanged, so a new server-side value never breaks decoding.
///
/// Conform by declaring the stored raw value, its initializer and the documented values in
/// `allCases`; everything else has a default:
///
/// ```swift
/// public struct ClusterType: ExtensibleEnum {
///     public var rawValue: String
///     public init(rawValue: String) { self.rawValue = rawValue }
///     public static let kubernetes = ClusterType(rawValue: "Kubernetes")
///     public static let allCases: [ClusterType] = [.kubernetes]
/// }
/// ```
public protocol ExtensibleEnum: ParameterValue, RawRepresentable, Codable, Hashable, Sendable,
    ExpressibleByStringLiteral,
    CustomStringConvertible, CaseIterable
where RawValue == String, StringLiteralType == String {
    /// The wire value.
    var rawValue: String { get }

    /// Creates a value from its wire form; never fails, unknown values are kept as they are.
    init(rawValue: String)
}

extension ExtensibleEnum {
    /// Creates a value from a string literal, known or not.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes the value from a single string; the SDK's decoder records a value not in `allCases`
    /// as ``ResponseDrift/Kind/unknownEnumValue`` and keeps it.
    ///
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
        if let decoder = decoder as? TolerantDecoder, !decoder.isDocumented(self) {
            try decoder.record(.unknownEnumValue, declared: "string", observed: "string", value: self.rawValue, at: nil)
        }
    }

    /// Whether the spec lists this value.
    public var isDocumented: Bool {
        Self.allCases.contains { $0.rawValue == self.rawValue }
    }

    /// Encodes the value as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    /// The raw value.
    public var description: String {
        self.rawValue
    }
}
