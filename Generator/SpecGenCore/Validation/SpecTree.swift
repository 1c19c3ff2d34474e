/// Read-only navigation of a merged spec tree: operations, parameters, schemas.
public struct SpecTree: Sendable {
    /// One operation and where it sits.
    public struct OperationSite: Sendable {
        /// The path key node (`/clusters/{ClusterId}`).
        public var pathKey: YAMLNode
        /// The path key's text.
        public var path: String
        /// The method key node (`get`).
        public var methodKey: YAMLNode
        /// The operation mapping.
        public var operation: YAMLNode
        /// Parameters of the path item followed by the operation's own.
        public var parameters: [YAMLNode]

        /// The operation ID, when it is a string.
        public var operationID: String? { self.operation["operationId"]?.text }
    }

    /// The merged root.
    public let root: YAMLNode

    /// Wraps a merged root.
    public init(_ root: YAMLNode) {
        self.root = root
    }

    /// Every operation, in document order.
    public var operations: [OperationSite] {
        guard let paths = self.root["paths"]?.pairs else { return [] }
        var sites: [OperationSite] = []
        for pathPair in paths {
            guard let path = pathPair.key.scalarValue, let item = pathPair.value.pairs else { continue }
            let shared = pathPair.value["parameters"]?.items ?? []
            for pair in item {
                guard let method = pair.key.scalarValue, SpecAssembler.httpMethods.contains(method),
                    pair.value.pairs != nil
                else { continue }
                let own = pair.value["parameters"]?.items ?? []
                sites.append(
                    OperationSite(
                        pathKey: pathPair.key, path: path, methodKey: pair.key, operation: pair.value,
                        parameters: shared + own))
            }
        }
        return sites
    }

    /// The component schemas, in document order.
    public var schemas: [YAMLNode.Pair] {
        self.root["components"]?["schemas"]?.pairs ?? []
    }

    /// The component schema a `#/components/schemas/<Name>` reference names, with its name.
    public func schema(referencedBy node: YAMLNode) -> (name: String, schema: YAMLNode)? {
        guard let reference = node["$ref"]?.scalarValue, reference.hasPrefix(SchemaReference.componentsPrefix) else {
            return nil
        }
        let name = String(reference.dropFirst(SchemaReference.componentsPrefix.count))
        guard let schema = self.schemas.first(where: { $0.key.scalarValue == name })?.value else { return nil }
        return (name, schema)
    }

    /// Every schema written directly in an operation (parameters, bodies, response bodies and headers).
    public func inlineSchemas(of site: OperationSite) -> [YAMLNode] {
        var result = site.parameters.compactMap { $0["schema"] }
        result += Self.contentSchemas(site.operation["requestBody"]?["content"])
        for response in site.operation["responses"]?.pairs ?? [] {
            result += Self.contentSchemas(response.value["content"])
            result += (response.value["headers"]?.pairs ?? []).compactMap { $0.value["schema"] }
        }
        return result
    }

    private static func contentSchemas(_ content: YAMLNode?) -> [YAMLNode] {
        (content?.pairs ?? []).compactMap { $0.value["schema"] }
    }

    /// The subschemas written inside a schema (not following `$ref`s), with the property name for properties.
    public static func subschemas(of schema: YAMLNode) -> [(property: String?, schema: YAMLNode)] {
        var result: [(String?, YAMLNode)] = []
        for pair in schema["properties"]?.pairs ?? [] {
            result.append((pair.key.scalarValue, pair.value))
        }
        for key in ["items", "additionalProperties", "not", "contains"] {
            if let node = schema[key], node.pairs != nil { result.append((nil, node)) }
        }
        for key in ["allOf", "anyOf", "oneOf", "prefixItems"] {
            for item in schema[key]?.items ?? [] { result.append((nil, item)) }
        }
        return result
    }

    /// Visits every schema of the document once: component schemas, then inline ones, depth first.
    public func forEachSchema(_ visit: (YAMLNode) -> Void) {
        self.forEachSchema { schema, _ in visit(schema) }
    }

    /// Visits every schema like ``forEachSchema(_:)``, saying whether it is a field's own schema: a
    /// property's or a parameter's (rather than a schema file's, a list's items or a whole body).
    public func forEachSchema(_ visit: (_ schema: YAMLNode, _ isField: Bool) -> Void) {
        func walk(_ schema: YAMLNode, isField: Bool) {
            guard schema.pairs != nil else { return }
            visit(schema, isField)
            for sub in Self.subschemas(of: schema) { walk(sub.schema, isField: sub.property != nil) }
        }
        for pair in self.schemas { walk(pair.value, isField: false) }
        for site in self.operations {
            let parameterSchemas = site.parameters.compactMap { $0["schema"] }
            for schema in parameterSchemas { walk(schema, isField: true) }
            for schema in self.inlineSchemas(of: site).dropFirst(parameterSchemas.count) {
                walk(schema, isField: false)
            }
        }
    }
}

extension [SpecTree.OperationSite] {
    /// The operation at a pointer `paths/<path>/<method>`, as ``SpecDocument/Operation/pointer`` gives it.
    func site(at pointer: [String]) -> SpecTree.OperationSite? {
        guard pointer.count == 3, pointer[0] == "paths" else { return nil }
        return self.first { $0.path == pointer[1] && $0.methodKey.scalarValue == pointer[2] }
    }
}
