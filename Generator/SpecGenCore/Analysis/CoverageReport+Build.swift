extension CoverageReport.Service {
    /// Measures how much of a docs index a merged spec describes.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as reports should name it.
    ///   - index: The folder's docs index.
    ///   - spec: The folder's merged spec.
    public init(directory: String, index: DocsIndex, spec: AssembledSpec) {
        self.init(directory: directory, index: index, document: SpecReader.read(spec).document)
    }

    /// Measures how much of a docs index a read spec describes: its names, the attributes it records
    /// for them, and the spec's `x-reference` entries that accept no difference.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as reports should name it.
    ///   - index: The folder's docs index.
    ///   - document: The folder's spec, read.
    public init(directory: String, index: DocsIndex, document: SpecDocument) {
        let resolver = DocsIndexResolver(document: document)
        var comparer = AttributeComparer(resolver: resolver)
        let operations = index.entries.map { entry in
            Self.operation(entry, spec: resolver.operations[entry.operation], comparer: &comparer)
        }
        let documented = Set(index.entries.map(\.operation))
        let undocumented = document.operations
            .compactMap { operation -> CoverageReport.Undocumented? in
                guard let name = operation.operationID, !documented.contains(name) else { return nil }
                return CoverageReport.Undocumented(
                    name: name, location: resolver.location(of: operation.pointer + ["operationId"]))
            }
            .sorted { ($0.name, $0.location.sourceLocation) < ($1.name, $1.location.sourceLocation) }
        // `x-reference` records what the reference says, so only the reference's index can make one stale.
        let stale =
            index.kind == .reference ? ReferenceRecordAudit(resolver: resolver).staleRecords(uses: comparer.uses) : []
        self.init(
            directory: directory, index: index.kind, sources: index.sources, operations: operations,
            undocumented: undocumented, staleRecords: stale)
    }

    private static func operation(
        _ entry: DocsIndex.Entry, spec operation: SpecDocument.Operation?, comparer: inout AttributeComparer
    ) -> CoverageReport.Operation {
        let resolver = comparer.resolver
        func names(
            _ names: [DocsIndex.Name], _ resolve: ([String], SpecDocument.Operation) -> SpecField?
        ) -> [CoverageReport.Name] {
            names.map { name in
                let field = operation.flatMap { resolve(name.components, $0) }
                return CoverageReport.Name(
                    name: name.dotted, covered: field != nil, location: .init(name.location),
                    attributes: comparer.checks(of: name, field: field))
            }
        }
        let problems = operation.map { resolver.routeProblems(entry, operation: $0) } ?? []
        let status: CoverageReport.Status = operation == nil ? .missing : problems.isEmpty ? .present : .mismatched
        return CoverageReport.Operation(
            name: entry.operation, location: .init(entry.location), status: status, routeProblems: problems,
            methods: comparer.methods(of: entry, operation: operation),
            parameters: names(entry.parameters, resolver.parameter),
            responseFields: names(entry.responseFields, resolver.responseField))
    }
}
