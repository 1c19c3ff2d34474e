/// Reads a merged spec tree into a ``SpecDocument``, once, for every stage after loading.
///
/// The reader takes what is well formed and leaves out the rest. It reports two kinds of problems:
/// the shape of each vendor extension, read once by ``ExtensionReader``, and the structural problems no
/// validation rule covers (a parameter without `name`, an unknown `in`), so a problem is reported once.
public struct SpecReader {
    /// What reading found.
    public struct Result: Sendable {
        /// The document: everything well formed.
        public var document: SpecDocument
        /// Structural problems (a parameter without `name`, an unknown `in`).
        public var diagnostics: [Diagnostic]
        /// Vendor extensions whose shape is wrong (an unknown key, a missing value, a value of the wrong kind).
        public var extensionDiagnostics: [Diagnostic]
    }

    var diagnostics: [Diagnostic] = []
    var extensions = ExtensionReader()
    let root: YAMLNode

    /// Reads an assembled spec.
    /// - Parameter spec: The merged tree of a spec folder.
    /// - Returns: The document, and the problems found on the way.
    public static func read(_ spec: AssembledSpec) -> Result {
        var reader = SpecReader(root: spec.root)
        var document = reader.readDocument(directory: spec.directory, sourceMap: spec.sourceMap)
        document.referenceLocations = reader.extensions.referenceLocations
        return Result(
            document: document, diagnostics: reader.diagnostics.sortedByLocation(),
            extensionDiagnostics: reader.extensions.diagnostics.sortedByLocation())
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
            sdk: self.extensions.readSDK(in: self.root), servers: self.readServers(),
            signature: self.extensions.readSignature(in: self.root),
            errors: self.extensions.readErrorRows(in: self.root), operations: self.readOperations(),
            schemas: schemas, schemaNames: schemaNames, sourceMap: sourceMap)
    }

    private mutating func readServers() -> [SpecDocument.Server] {
        (self.root["servers"]?.items ?? []).enumerated().compactMap { index, server in
            let endpoint = server[VendorExtension.endpoint].flatMap { self.extensions.readEndpoint($0) }
            guard let url = server["url"]?.text else { return nil }
            let variables = (server["variables"]?.namedValues ?? []).map { name, variable in
                (name: name, defaultValue: variable["default"]?.text)
            }
            return SpecDocument.Server(
                url: url, variables: variables, endpoint: endpoint,
                pointer: ["servers", String(index)])
        }
    }
}
