/// Compares a docs index with a merged spec and reports everything the reference documents that the
/// spec does not describe: operations, methods and paths (or actions), parameters, response fields.
///
/// Each diagnostic points at the name in the docs index, so the report reads as a to-do list for the
/// spec. Names resolve through `$ref`s, `allOf`/`oneOf`/`anyOf`, array items and map values: lists
/// and maps are transparent, as in the index's dotted paths.
public struct DocsIndexCheck: Sendable {
    private let tree: SpecTree

    /// Creates a check against a merged spec tree.
    public init(spec: AssembledSpec) {
        self.tree = SpecTree(spec.root)
    }

    /// Every gap between the index and the spec, in index order.
    public func diagnostics(for index: DocsIndex) -> [Diagnostic] {
        let sites = Dictionary(
            self.tree.operations.compactMap { site in site.operationID.map { ($0, site) } },
            uniquingKeysWith: { first, _ in first })
        var result: [Diagnostic] = []
        for entry in index.entries {
            guard let site = sites[entry.operation] else {
                result.append(.error("operation '\(entry.operation)' is documented but not in the spec", at: entry.location))
                continue
            }
            result += self.routeGaps(entry, site: site)
            for name in entry.parameters where !self.resolvesParameter(name.components, site: site) {
                result.append(
                    .error("parameter '\(name.dotted)' of '\(entry.operation)' is documented but not in the spec", at: name.location))
            }
            let responses = self.responseSchemas(of: site)
            for name in entry.responseFields where !Self.resolves(name.components, in: responses, tree: self.tree) {
                result.append(
                    .error("response field '\(name.dotted)' of '\(entry.operation)' is documented but not in the spec", at: name.location))
            }
        }
        return result
    }

    private func routeGaps(_ entry: DocsIndex.Entry, site: SpecTree.OperationSite) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let method = site.methodKey.scalarValue?.uppercased() ?? ""
        if let documented = entry.method, documented.uppercased() != method {
            result.append(.error("'\(entry.operation)' is documented as \(documented.uppercased()), the spec says \(method)", at: entry.location))
        }
        if let documented = entry.path, documented != site.path {
            result.append(.error("'\(entry.operation)' is documented at '\(documented)', the spec says '\(site.path)'", at: entry.location))
        }
        if let action = entry.action, site.path != "/?Action=\(action)" {
            result.append(.error("action '\(action)' is documented, the spec's path is '\(site.path)'", at: entry.location))
        }
        return result
    }

    private func resolvesParameter(_ components: [String], site: SpecTree.OperationSite) -> Bool {
        guard let first = components.first else { return false }
        if let parameter = site.parameters.first(where: { $0["name"]?.text == first }) {
            let rest = Array(components.dropFirst())
            return rest.isEmpty || Self.resolves(rest, in: parameter["schema"].map { [$0] } ?? [], tree: self.tree)
        }
        let bodies = (site.operation["requestBody"]?["content"]?.pairs ?? []).compactMap { $0.value["schema"] }
        return Self.resolves(components, in: bodies, tree: self.tree)
    }

    private func responseSchemas(of site: SpecTree.OperationSite) -> [YAMLNode] {
        (site.operation["responses"]?.pairs ?? [])
            .filter { $0.key.scalarValue?.hasPrefix("2") ?? false }
            .flatMap { ($0.value["content"]?.pairs ?? []).compactMap { $0.value["schema"] } }
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
