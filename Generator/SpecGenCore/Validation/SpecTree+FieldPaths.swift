/// Resolving the dotted wire paths that `x-pagination`, `x-waiters` and `x-waiter-after` name
/// (`page_info.total_count`, `status.state`, `ClusterSet.Status`) against an operation's schemas.
extension SpecTree {
    /// A schema reached by a path, and whether the path went through a list on the way.
    struct ResolvedField {
        /// The schema at the end of the path, with `$ref`s followed.
        var schema: YAMLNode
        /// The path's prefix that names the list it crossed, if it crossed one.
        var list: String?
    }

    /// The success response's JSON schema of an operation (the first 2xx, as the build takes it), if any.
    func successSchema(of site: OperationSite) -> YAMLNode? {
        for response in site.operation["responses"]?.pairs ?? [] {
            guard let status = response.key.scalarValue, status.count == 3, status.hasPrefix("2") else { continue }
            return (response.value["content"]?.pairs ?? []).first {
                $0.key.scalarValue?.hasPrefix("application/json") == true
            }?
            .value["schema"]
        }
        return nil
    }

    /// The schema whose properties are an operation's response fields, as the build reads the answer:
    /// the success response's JSON schema, or the schema file it refers to, when that is a structure
    /// (see ``isStructure(_:)``). The build takes an answer of another kind (a list, a schema file that
    /// only refers on to another) as one value without fields, so paging and waiters cannot name any.
    ///
    /// - Returns: The schema, or why the response has no fields.
    func responseFields(of site: OperationSite) -> Result<YAMLNode, PathError> {
        let operation = site.operationID ?? site.path
        guard let schema = self.successSchema(of: site) else {
            return .failure(PathError("'\(operation)' has no JSON success response"))
        }
        let root = self.schema(referencedBy: schema)?.schema ?? schema
        guard root["$ref"] == nil, self.isStructure(root) else {
            return .failure(PathError("the response of '\(operation)' is not an object with properties"))
        }
        return .success(root)
    }

    /// Whether a schema, `$ref`s followed, becomes a structure: properties, and `type: object` or no type.
    func isStructure(_ schema: YAMLNode) -> Bool {
        let schema = self.dereferenced(schema)
        guard !(schema["properties"]?.pairs ?? []).isEmpty else { return false }
        return schema["type"] == nil || self.typeName(of: schema) == "object"
    }

    /// The schema with component `$ref`s followed (a few levels; a loop stops at the last one).
    func dereferenced(_ schema: YAMLNode) -> YAMLNode {
        var current = schema
        for _ in 0..<8 {
            guard let (_, component) = self.schema(referencedBy: current) else { break }
            current = component
        }
        return current
    }

    /// The first non-null `type` of a schema (`string`, `integer`, `array`, ...), with `$ref`s followed.
    func typeName(of schema: YAMLNode) -> String? {
        let type = self.dereferenced(schema)["type"]
        let types = type.map { $0.items ?? [$0] } ?? []
        return types.compactMap(\.text).first { $0 != "null" }
    }

    /// The Swift value a scalar schema becomes, to compare two fields that must hold the same value: the
    /// first non-null type with an integer's `int32` or `int64` format, or `string enum` for a string with
    /// `enum` values (`integer`, `integer with format int64`, `string`, `string enum`), `$ref`s followed.
    func valueType(of schema: YAMLNode) -> String? {
        let schema = self.dereferenced(schema)
        switch self.typeName(of: schema) {
        case "integer":
            guard let format = schema["format"]?.text, format == "int32" || format == "int64" else { return "integer" }
            return "integer with format \(format)"
        case "string":
            return (schema["enum"]?.items ?? []).isEmpty ? "string" : "string enum"
        case let type:
            return type
        }
    }

    /// Follows a dotted path of property wire names from a schema.
    ///
    /// - Parameters:
    ///   - path: The dotted path, e.g. `status.state`.
    ///   - schema: The schema to start from.
    ///   - allowsList: Whether the path may go through one list (its items' properties follow).
    /// - Returns: The schema at the end, or the reason the path does not resolve.
    func resolve(_ path: String, from schema: YAMLNode, allowsList: Bool) -> Result<ResolvedField, PathError> {
        var current = self.dereferenced(schema)
        var list: String?
        var walked: [String] = []
        for component in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            if self.typeName(of: current) == "array", let items = current["items"] {
                guard allowsList, list == nil else {
                    return .failure(
                        PathError("'\(walked.joined(separator: "."))' is a list; the path cannot go into it"))
                }
                list = walked.joined(separator: ".")
                current = self.dereferenced(items)
            }
            let owner = walked.isEmpty ? "the response" : "'\(walked.joined(separator: "."))'"
            guard self.isStructure(current) else {
                return .failure(PathError("\(owner) is not an object with properties"))
            }
            guard let next = current["properties"]?[component] else {
                let known = (current["properties"]?.pairs ?? []).compactMap(\.key.scalarValue)
                let hint = known.isEmpty ? "" : " (fields: \(known.joined(separator: ", ")))"
                return .failure(PathError("\(owner) has no field '\(component)'\(hint)"))
            }
            walked.append(component)
            current = self.dereferenced(next)
        }
        return .success(ResolvedField(schema: current, list: list))
    }

    /// A parameter of an operation by wire name.
    func parameter(named name: String, of site: OperationSite) -> YAMLNode? {
        site.parameters.first { $0["name"]?.text == name }
    }

    /// The wire names an operation's request accepts: its parameters and, for an object body, the
    /// body's properties.
    func requestFieldNames(of site: OperationSite) -> [String] {
        var names = site.parameters.compactMap { $0["name"]?.text }
        for content in site.operation["requestBody"]?["content"]?.pairs ?? [] {
            guard let schema = content.value["schema"] else { continue }
            names += (self.dereferenced(schema)["properties"]?.pairs ?? []).compactMap(\.key.scalarValue)
        }
        return names
    }

    /// Why a path does not resolve.
    struct PathError: Error {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }
}
