/// Reads a merged spec tree into a ``SpecDocument``, once, for every stage after loading.
///
/// The reader takes what is well formed and leaves out the rest; it reports only the structural
/// problems no validation rule covers (a parameter without `name`, an unknown `in`), so a problem is
/// reported once, by the rule that owns it.
public struct SpecReader {
    var diagnostics: [Diagnostic] = []
    let root: YAMLNode

    /// Reads an assembled spec.
    /// - Parameter spec: The merged tree of a spec folder.
    /// - Returns: The document, and the structural problems found on the way.
    public static func read(_ spec: AssembledSpec) -> (document: SpecDocument, diagnostics: [Diagnostic]) {
        var reader = SpecReader(root: spec.root)
        let document = reader.readDocument(directory: spec.directory, sourceMap: spec.sourceMap)
        return (document, reader.diagnostics.sortedByLocation())
    }

    mutating func error(_ message: String, at node: YAMLNode) {
        self.diagnostics.append(.error(message, at: node.location))
    }

    private mutating func readDocument(directory: String, sourceMap: SourceMap) -> SpecDocument {
        let info = self.root["info"]
        var schemas: [String: SpecSchema] = [:]
        var schemaNames: [String] = []
        for (name, node) in self.root["components"]?["schemas"]?.namedValues ?? [] {
            schemas[name] = self.readSchema(node, pointer: ["components", "schemas", name])
            schemaNames.append(name)
        }
        return SpecDocument(
            directory: directory, title: info?["title"]?.text ?? "", version: info?["version"]?.text ?? "",
            sdk: self.root["x-sdk"].map(Self.readSDK), servers: self.readServers(),
            signature: self.readSignature(), errors: self.readErrorRows(), operations: self.readOperations(),
            schemas: schemas, schemaNames: schemaNames, sourceMap: sourceMap)
    }

    private static func readSDK(_ node: YAMLNode) -> SDKExtension {
        SDKExtension(
            name: node["name"]?.text, module: node["module"]?.text,
            style: node["protocol"]?.text.flatMap(ServiceStyle.init(rawValue:)), product: node["product"]?.text,
            rpcMethods: node["rpc"]?["methods"]?.textItems, pointer: ["x-sdk"])
    }

    private func readServers() -> [SpecDocument.Server] {
        (self.root["servers"]?.items ?? []).enumerated().compactMap { index, server in
            guard let url = server["url"]?.text else { return nil }
            let variables = (server["variables"]?.namedValues ?? []).map { name, variable in
                (name: name, defaultValue: variable["default"]?.text)
            }
            return SpecDocument.Server(
                url: url, variables: variables, endpoint: server["x-endpoint"].map(Self.readEndpoint),
                pointer: ["servers", String(index)])
        }
    }

    private static func readEndpoint(_ node: YAMLNode) -> EndpointExtension {
        EndpointExtension(
            choice: node["choice"]?.text,
            regionURLs: (node["region-urls"]?.namedValues ?? []).compactMap { region, url in
                url.text.map { (region, $0) }
            })
    }

    private func readSignature() -> SignatureExtension? {
        for (name, scheme) in self.root["components"]?["securitySchemes"]?.namedValues ?? [] {
            guard let signature = scheme["x-signature"] else { continue }
            return SignatureExtension(
                algorithms: signature["algorithms"]?.textItems ?? [], service: signature["service"]?.text,
                pointer: ["components", "securitySchemes", name, "x-signature"])
        }
        return nil
    }

    private func readErrorRows() -> [ErrorCodeRow] {
        (self.root["x-errors"]?.items ?? []).enumerated().compactMap { index, row in
            guard let code = row["code"]?.text, let status = row["status"]?.intValue,
                let message = row["message"]?.text
            else { return nil }
            return ErrorCodeRow(
                code: code, status: status, message: message, description: row["description"]?.text,
                pointer: ["x-errors", String(index)])
        }
    }
}
