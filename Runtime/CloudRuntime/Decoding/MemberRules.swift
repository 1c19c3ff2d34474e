/// A JSON type as the spec names it, for the members that may arrive in more than one.
@_spi(Generated) public enum WireType: String, Sendable, Hashable, CaseIterable {
    /// A JSON string.
    case string
    /// A JSON number without a fractional part.
    case integer
    /// Any JSON number.
    case number
    /// `true` or `false`.
    case boolean
    /// A JSON object.
    case object
    /// A JSON array.
    case array
    /// `null`.
    case null

    /// The bit of this type in a ``WireTypes`` set.
    var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
}

/// A small set of ``WireType``s.
struct WireTypes: Hashable, Sendable {
    var bits: UInt8 = 0

    static let none = WireTypes()

    init(_ types: some Sequence<WireType> = []) {
        for type in types { self.bits |= type.bit }
    }

    @inline(__always)
    func contains(_ type: WireType) -> Bool {
        self.bits & type.bit != 0
    }
}

/// What the spec says about the members of one structure beyond their Swift types: which are
/// required, which may be `null`, and which may arrive as other JSON types.
///
/// The decoder reads them to tell a deviation from what the spec allows. A structure's generated
/// `CodingKeys` conform to ``DocumentedCodingKeys`` and list them when there is anything to say;
/// members not listed are optional, not nullable, and of their Swift type's JSON type.
@_spi(Generated) public struct MemberRules: Sendable {
    /// Wire names of the members the spec marks required.
    let required: Set<String>
    /// Wire names of the members whose type includes `null`.
    let nullable: Set<String>
    /// For members the spec types with several JSON types, the types beside the Swift type's own.
    let alternativeTypes: [String: WireTypes]

    /// Creates the rules of a structure.
    ///
    /// - Parameters:
    ///   - required: Wire names of the required members.
    ///   - nullable: Wire names of the members that may be `null`.
    ///   - alternativeTypes: Per wire name, JSON types the spec allows besides the Swift type's own,
    ///     such as `["size": [.string]]` for `type: [integer, string]`.
    public init(
        required: Set<String> = [], nullable: Set<String> = [], alternativeTypes: [String: [WireType]] = [:]
    ) {
        self.required = required
        self.nullable = nullable
        self.alternativeTypes = alternativeTypes.mapValues { WireTypes($0) }
    }

    /// The rules of a structure that declares nothing beyond its Swift types.
    static let none = MemberRules()
}

/// Coding keys of a generated structure that tell the decoder the spec's rules for its members.
///
/// ```swift
/// enum CodingKeys: String, CodingKey, DocumentedCodingKeys {
///     case clusterID = "cluster_id"
///     case size
///     static let memberRules = MemberRules(required: ["cluster_id"], alternativeTypes: ["size": [.string]])
/// }
/// ```
@_spi(Generated) public protocol DocumentedCodingKeys: CodingKey {
    /// The spec's rules for the members these keys name.
    static var memberRules: MemberRules { get }
}
