/// An `x-reference` on a parameter, a property schema or an operation: what the vendor reference
/// documents where the spec deliberately differs from it, and why.
///
/// ```yaml
/// - name: ClusterDesc
///   in: query
///   x-reference: {required: true, reason: the reference's examples omit it and the API accepts that}
/// ```
///
/// `specgen lint` accepts a difference between the docs index and the spec only when the node records
/// the reference's value here (see ``DocsIndexCheck``).
public struct ReferenceExtension: Sendable, Equatable {
    /// The reference's value of each recorded attribute, well-formed ones only (reading reports the rest).
    public var values: [ReferenceAttribute: ReferenceValue]
    /// `reason`: why the spec differs.
    public var reason: String?
    /// The pointer of the `x-reference` mapping.
    public var pointer: [String]

    /// The key that holds the reason; every other key names a ``ReferenceAttribute``.
    static let reasonKey = "reason"
}
