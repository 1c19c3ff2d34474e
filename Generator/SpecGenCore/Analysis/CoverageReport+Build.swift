extension CoverageReport.Service {
    /// Measures how much of a docs index a merged spec describes.
    ///
    /// - Parameters:
    ///   - directory: The spec folder, as reports should name it.
    ///   - index: The folder's docs index.
    ///   - spec: The folder's merged spec.
    public init(directory: String, index: DocsIndex, spec: AssembledSpec) {
        let resolver = DocsIndexResolver(tree: SpecTree(spec.root))
        self.init(directory: directory, index: index, resolver: resolver)
    }

    init(directory: String, index: DocsIndex, resolver: DocsIndexResolver) {
        let sites = resolver.sites
        let operations = index.entries.map { entry in
            Self.operation(entry, site: sites[entry.operation], resolver: resolver)
        }
        let documented = Set(index.entries.map(\.operation))
        let undocumented = resolver.tree.operations
            .compactMap { site -> CoverageReport.Undocumented? in
                guard let node = site.operation["operationId"], let name = node.text, !documented.contains(name) else {
                    return nil
                }
                return CoverageReport.Undocumented(name: name, location: .init(node.location))
            }
            .sorted { ($0.name, $0.location.sourceLocation) < ($1.name, $1.location.sourceLocation) }
        self.init(directory: directory, operations: operations, undocumented: undocumented)
    }

    private static func operation(
        _ entry: DocsIndex.Entry, site: SpecTree.OperationSite?, resolver: DocsIndexResolver
    ) -> CoverageReport.Operation {
        func names(_ names: [DocsIndex.Name], _ resolves: (DocsIndex.Name) -> Bool) -> [CoverageReport.Name] {
            names.map { CoverageReport.Name(name: $0.dotted, covered: resolves($0), location: .init($0.location)) }
        }
        guard let site else {
            return CoverageReport.Operation(
                name: entry.operation, location: .init(entry.location), status: .missing, routeProblems: [],
                parameters: names(entry.parameters) { _ in false },
                responseFields: names(entry.responseFields) { _ in false })
        }
        let problems = resolver.routeProblems(entry, site: site)
        return CoverageReport.Operation(
            name: entry.operation, location: .init(entry.location), status: problems.isEmpty ? .present : .mismatched,
            routeProblems: problems,
            parameters: names(entry.parameters) { resolver.resolvesParameter($0.components, site: site) },
            responseFields: names(entry.responseFields) { resolver.resolvesResponseField($0.components, site: site) })
    }
}

extension CoverageReport.Service {
    /// Every gap as an error at its name in the docs index, in index order: a missing operation once
    /// (not its names), a route difference, each uncovered parameter and response field.
    public var gapDiagnostics: [Diagnostic] {
        var result: [Diagnostic] = []
        for operation in self.operations {
            let at = operation.location.sourceLocation
            if operation.status == .missing {
                result.append(.error("operation '\(operation.name)' is documented but not in the spec", at: at))
                continue
            }
            result += operation.routeProblems.map { .error($0, at: at) }
            for name in operation.parameters where !name.covered {
                result.append(
                    .error("parameter '\(name.name)' of '\(operation.name)' is documented but not in the spec",
                        at: name.location.sourceLocation))
            }
            for name in operation.responseFields where !name.covered {
                result.append(
                    .error("response field '\(name.name)' of '\(operation.name)' is documented but not in the spec",
                        at: name.location.sourceLocation))
            }
        }
        return result
    }
}
