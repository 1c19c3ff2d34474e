/// An `x-source` on an operation: where an operation the vendor reference does not document comes from.
///
/// ```yaml
/// x-source: {sdk: alibabacloud-cs20151215 7.2.3}
/// ```
///
/// `sdk` names the vendor SDK package and version the operation was taken from, exactly as the service's
/// `sdk-index/` files give it in `source:`. Lint requires it on every operation the docs index does not
/// list, and checks that the named SDK is the index's and that the index lists the operation.
public struct SourceExtension: Sendable, Equatable {
    /// `sdk`: the package and version, e.g. `alibabacloud-cs20151215 7.2.3`; nil when not given as text.
    public var sdk: String?
    /// The pointer of the `x-source` mapping.
    public var pointer: [String]

    /// The key naming the SDK.
    static let sdkKey = "sdk"
}
