/// How a client reads answers that differ from the spec.
///
/// ```swift
/// var configuration = ClientConfiguration(region: "cn-beijing")
/// configuration.decodingMode = .strict          // every call of this client
/// try await ack.describeClusterDetail(request, options: CallOptions(decodingMode: .tolerant))   // one call
/// ```
public struct DecodingMode: Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case tolerant, strict
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// Reads every answer as far as it can be read: converts values sent as another JSON type,
    /// reads `null` as absent, leaves a missing or unreadable field empty, and keeps undocumented
    /// members; each difference becomes a ``ResponseDrift`` record. The default.
    public static let tolerant = DecodingMode(.tolerant)
    /// Fails the call with ``ResponseDecodingError`` at the first difference from the spec, of any
    /// kind, naming it in ``ResponseDecodingError/drift``. For tests, and for callers who want to
    /// know at once.
    public static let strict = DecodingMode(.strict)

    /// `tolerant` or `strict`.
    public var description: String { self.code.rawValue }
}
