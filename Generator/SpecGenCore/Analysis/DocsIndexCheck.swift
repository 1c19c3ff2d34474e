/// Compares a docs index with a merged spec and reports everything the reference documents that the
/// spec does not describe: operations, methods and paths (or actions), parameters, response fields.
///
/// Each diagnostic points at the name in the docs index, so the report reads as a to-do list for the
/// spec. Names resolve through `$ref`s, `allOf`/`oneOf`/`anyOf`, array items and map values: lists
/// and maps are transparent, as in the index's dotted paths. The check is the gap list of a
/// ``CoverageReport``, so lint and coverage agree.
public struct DocsIndexCheck: Sendable {
    private let tree: SpecTree

    /// Creates a check against a merged spec tree.
    public init(spec: AssembledSpec) {
        self.tree = SpecTree(spec.root)
    }

    /// Every gap between the index and the spec, in index order.
    public func diagnostics(for index: DocsIndex) -> [Diagnostic] {
        CoverageReport.Service(directory: "", index: index, resolver: DocsIndexResolver(tree: self.tree)).gapDiagnostics
    }

    /// Whether a dotted path names a property reachable from one of the schemas (see ``DocsIndexResolver``).
    static func resolves(_ components: [String], in schemas: [YAMLNode], tree: SpecTree) -> Bool {
        DocsIndexResolver.resolves(components, in: schemas, tree: tree)
    }
}
