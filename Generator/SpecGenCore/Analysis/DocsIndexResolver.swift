/// Resolves docs-index names against a merged spec: the one place that decides whether a documented
/// operation, parameter or response field is described by the spec.
///
/// Names resolve through `$ref`s, `allOf`/`oneOf`/`anyOf`, array items and map values: lists and maps
/// are transparent, as in the index's dotted paths. Both ``DocsIndexCheck`` and ``CoverageReport``
/// build on it, so lint and coverage always agree.
struct DocsIndexResolver {
    let tree: SpecTree

    /// Operations with an operation ID, by that ID (the first one wins when an ID repeats).
    var sites: [String: SpecTree.OperationSite] {
        Dictionary(
            self.tree.operations.compactMap { site in site.operationID.map { ($0, site) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// How the documented method, path or action differs from the spec's route; empty when they agree.
    func routeProblems(_ entry: DocsIndex.Entry, site: SpecTree.OperationSite) -> [String] {
        var result: [String] = []
        let method = site.methodKey.scalarValue?.uppercased() ?? ""
        if let documented = entry.method, documented.uppercased() != method {
            result.append("'\(entry.operation)' is documented as \(documented.uppercased()), the spec says \(method)")
        }
        if let documented = entry.path, documented != site.path {
            result.append("'\(entry.operation)' is documented at '\(documented)', the spec says '\(site.path)'")
        }
        if let action = entry.action, site.path != "/?Action=\(action)" {
            result.append("action '\(action)' is documented, the spec's path is '\(site.path)'")
        }
        return result
    }

    /// Whether a dotted parameter path names a parameter (and, below it, a property of its schema) or a
    /// property of the request body.
    func resolvesParameter(_ components: [String], site: SpecTree.OperationSite) -> Bool {
        guard let first = components.first else { return false }
        if let parameter = site.parameters.first(where: { $0["name"]?.text == first }) {
            let rest = Array(components.dropFirst())
            return rest.isEmpty || Self.resolves(rest, in: parameter["schema"].map { [$0] } ?? [], tree: self.tree)
        }
        let bodies = (site.operation["requestBody"]?["content"]?.pairs ?? []).compactMap { $0.value["schema"] }
        return Self.resolves(components, in: bodies, tree: self.tree)
    }

    /// Whether a dotted path names a property of a success (2xx) response body.
    func resolvesResponseField(_ components: [String], site: SpecTree.OperationSite) -> Bool {
        let schemas = (site.operation["responses"]?.pairs ?? [])
            .filter { $0.key.scalarValue?.hasPrefix("2") ?? false }
            .flatMap { ($0.value["content"]?.pairs ?? []).compactMap { $0.value["schema"] } }
        return Self.resolves(components, in: schemas, tree: self.tree)
    }

    /// Whether a dotted path names a property reachable from one of the schemas.
    ///
    /// A property name may itself contain dots (Kingsoft's `NodePara` has a key `InstanceConfigure.VCPU`),
    /// so each step also tries the next components joined back together.
    static func resolves(_ components: [String], in schemas: [YAMLNode], tree: SpecTree) -> Bool {
        guard !components.isEmpty else { return true }
        let candidates = Self.expand(schemas, tree: tree)
        for length in 1...components.count {
            let name = components.prefix(length).joined(separator: ".")
            let matches = candidates.compactMap { $0["properties"]?[name] }
            if !matches.isEmpty, Self.resolves(Array(components.dropFirst(length)), in: matches, tree: tree) {
                return true
            }
        }
        return false
    }

    /// The schemas whose properties a path component may name: each schema itself, what it references,
    /// its composition members, and (lists and maps being transparent) its items and map values.
    static func expand(_ schemas: [YAMLNode], tree: SpecTree) -> [YAMLNode] {
        var result: [YAMLNode] = []
        var pending = schemas
        var seenReferences: Set<String> = []
        while let schema = pending.popLast() {
            guard schema.pairs != nil else { continue }
            result.append(schema)
            if let reference = schema["$ref"]?.scalarValue, seenReferences.insert(reference).inserted,
                let target = tree.schema(referencedBy: schema)
            {
                pending.append(target.schema)
            }
            for key in ["allOf", "anyOf", "oneOf"] { pending += schema[key]?.items ?? [] }
            for key in ["items", "additionalProperties"] {
                if let node = schema[key], node.pairs != nil { pending.append(node) }
            }
        }
        return result
    }
}
