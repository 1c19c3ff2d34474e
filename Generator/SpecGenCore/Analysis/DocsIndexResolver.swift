/// Resolves docs-index names against a read spec: the one place that decides whether a documented
/// operation, parameter or response field is described by the spec, and which spec node describes it.
///
/// Names resolve through `$ref`s, `allOf`/`oneOf`/`anyOf`, array items and map values: lists and maps
/// are transparent, as in the index's dotted paths. Both ``DocsIndexCheck`` and ``CoverageReport``
/// build on it, so lint and coverage always agree.
struct DocsIndexResolver {
    let document: SpecDocument
    /// Operations with an operation ID, by that ID (the first one wins when an ID repeats).
    let operations: [String: SpecDocument.Operation]

    init(document: SpecDocument) {
        self.document = document
        self.operations = Dictionary(
            document.operations.compactMap { operation in operation.operationID.map { ($0, operation) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// How the documented method, path or action differs from the spec's route; empty when they agree.
    func routeProblems(_ entry: DocsIndex.Entry, operation: SpecDocument.Operation) -> [String] {
        var result: [String] = []
        let method = operation.method.uppercased()
        if let documented = entry.method, documented.uppercased() != method {
            result.append("'\(entry.operation)' is documented as \(documented.uppercased()), the spec says \(method)")
        }
        if let documented = entry.path, Self.pathShape(documented) != Self.pathShape(operation.path) {
            result.append("'\(entry.operation)' is documented at '\(documented)', the spec says '\(operation.path)'")
        }
        if let action = entry.action, operation.path != "/?Action=\(action)" {
            result.append("action '\(action)' is documented, the spec's path is '\(operation.path)'")
        }
        return result
    }

    /// A path template with its placeholders' names left out (`/clusters/{}/nodepools`): a placeholder's
    /// name is not sent, and the SDK spells the reference's `{ClusterId}` as `{cluster_id}`.
    static func pathShape(_ path: String) -> String {
        path.replacing(/\{[^}]*\}/, with: "{}")
    }

    /// A path parameter's name as the SDK and the reference both spell it, folded: `ClusterId`,
    /// `cluster_id` and `clusterId` are one parameter.
    static func foldedPathName(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" && $0 != "-" }
    }

    /// The HTTP methods an RPC action may be sent with: its own `x-rpc-methods`, else the service's
    /// `x-sdk.rpc.methods`; nil when neither is written.
    func rpcMethods(of operation: SpecDocument.Operation) -> [String]? {
        (operation.rpcMethods ?? self.document.sdk?.rpcMethods).map { $0.map { $0.uppercased() } }
    }

    /// The parameter a dotted path names (and, below it, a property of its schema), or the property of
    /// the request body it names.
    func parameter(_ components: [String], of operation: SpecDocument.Operation) -> SpecField? {
        guard let first = components.first else { return nil }
        let folded = Self.foldedPathName(first)
        if let parameter = operation.parameters.first(where: { $0.name == first })
            ?? operation.parameters.first(where: { $0.location == "path" && Self.foldedPathName($0.name) == folded })
        {
            let rest = Array(components.dropFirst())
            guard !rest.isEmpty else {
                return SpecField(
                    name: parameter.name, parameter: parameter, schema: parameter.schema,
                    isRequired: parameter.isRequired)
            }
            return parameter.schema.flatMap { self.property(rest, in: [$0]) }
        }
        let bodies = operation.requestBody?.content.compactMap(\.schema) ?? []
        return self.property(components, in: bodies)
    }

    /// The property of a success (2xx) response body a dotted path names.
    func responseField(_ components: [String], of operation: SpecDocument.Operation) -> SpecField? {
        let schemas = operation.responses.filter { $0.status.hasPrefix("2") }.flatMap {
            $0.content.compactMap(\.schema)
        }
        return self.property(components, in: schemas)
    }

    /// The property a dotted path names, reachable from one of the schemas; the first match wins.
    ///
    /// A property name may itself contain dots (Kingsoft's `NodePara` has a key `InstanceConfigure.VCPU`),
    /// so each step also tries the next components joined back together. A property is required when a
    /// schema of its owner's expansion (``expand(_:)``) lists it in `required`, or when a field on the way
    /// requires it of the structure it refers to (`x-required`, paths relative to that field).
    func property(_ components: [String], in schemas: [SpecSchema], requiring: Set<String> = []) -> SpecField? {
        guard !components.isEmpty else { return nil }
        let candidates = self.expand(schemas)
        for length in 1...components.count {
            let name = components.prefix(length).joined(separator: ".")
            let matches = candidates.compactMap { candidate in candidate.properties.first { $0.name == name }?.schema }
            guard let first = matches.first else { continue }
            let rest = Array(components.dropFirst(length))
            if rest.isEmpty {
                let isRequired = candidates.contains { $0.isRequired(name) } || requiring.contains(name)
                return SpecField(name: name, parameter: nil, schema: first, isRequired: isRequired)
            }
            let inner = Set(
                requiring.compactMap { $0.hasPrefix(name + ".") ? String($0.dropFirst(name.count + 1)) : nil }
                    + matches.flatMap { $0.extensions.requiredMembers ?? [] })
            if let found = self.property(rest, in: matches, requiring: inner) { return found }
        }
        return nil
    }

    /// The schemas whose properties a path component may name: each schema itself, what it references,
    /// its composition members, and (lists and maps being transparent) its items and map values.
    func expand(_ schemas: [SpecSchema]) -> [SpecSchema] {
        var result: [SpecSchema] = []
        var pending = Array(schemas.reversed())
        var seenReferences: Set<String> = []
        while let schema = pending.popLast() {
            result.append(schema)
            var next: [SpecSchema] = []
            if let name = schema.referencedSchemaName, seenReferences.insert(name).inserted,
                let target = self.document.schemas[name]
            {
                next.append(target)
            }
            for (keyword, members) in schema.compositions where keyword != "not" { next += members }
            if let items = schema.items { next.append(items) }
            if let values = schema.additionalProperties { next.append(values) }
            pending += next.reversed()
        }
        return result
    }

    /// The schema and what it stands for: the component it references, or the single member of an
    /// `allOf` written only to add a description, and so on down (a few levels; a loop stops there).
    func chain(of schema: SpecSchema) -> [SpecSchema] {
        var result = [schema]
        var current = schema
        for _ in 0..<8 {
            if let name = current.referencedSchemaName, let target = self.document.schemas[name] {
                current = target
            } else if current.compositions.count == 1, current.compositions[0].keyword == "allOf",
                current.compositions[0].schemas.count == 1
            {
                current = current.compositions[0].schemas[0]
            } else {
                break
            }
            result.append(current)
        }
        return result
    }
}
