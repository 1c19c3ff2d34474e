/// Compares a docs index with a spec and reports everything the reference documents that the spec does
/// not describe, or describes otherwise: operations, methods and paths (or actions), parameters,
/// response fields, and the attributes the index records for them (type, required, enum values,
/// default, limits, RPC methods).
///
/// Each diagnostic points at the name or value in the docs index, so the report reads as a to-do list
/// for the spec. Names resolve through `$ref`s, `allOf`/`oneOf`/`anyOf`, array items and map values:
/// lists and maps are transparent, as in the index's dotted paths. A difference the spec makes on
/// purpose is accepted when the spec node records the reference's value in `x-reference`; an
/// `x-reference` entry that accepts no difference is reported where it is written. The check is the
/// gap list of a ``CoverageReport``, so lint and coverage agree.
public struct DocsIndexCheck: Sendable {
    private let document: SpecDocument

    /// Creates a check against a merged spec tree.
    public init(spec: AssembledSpec) {
        self.document = SpecReader.read(spec).document
    }

    /// Creates a check against a read spec.
    public init(document: SpecDocument) {
        self.document = document
    }

    /// Every gap between the index and the spec: the index's in index order, then stale records.
    public func diagnostics(for index: DocsIndex) -> [Diagnostic] {
        CoverageReport.Service(directory: self.document.directory, index: index, document: self.document)
            .gapDiagnostics
    }
}
