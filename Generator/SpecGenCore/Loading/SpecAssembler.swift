/// Reads a spec folder and merges its files into one ``AssembledSpec``, collecting every problem.
struct SpecAssembler {
    /// The HTTP methods an OpenAPI path item may hold.
    static let httpMethods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let folder: SpecFolder
    private(set) var diagnostics: [Diagnostic] = []

    init(directory: String) {
        self.folder = SpecFolder(directory: directory)
    }

    /// Merges the folder; nil when there is no usable root document (the reason is in ``diagnostics``).
    mutating func assemble() -> AssembledSpec? {
        guard self.folder.exists else {
            self.diagnostics.append(.error("no spec folder at '\(self.folder.directory)'", at: nil))
            return nil
        }
        guard self.folder.fileExists("openapi.yaml") else {
            self.diagnostics.append(.error("missing root document '\(self.folder.displayPath("openapi.yaml"))'", at: nil))
            return nil
        }
        var root = self.folder.read("openapi.yaml", into: &self.diagnostics)
        var groups = self.folder.yamlFiles(in: "groups").map { self.folder.read($0, into: &self.diagnostics) }
        var schemas = self.folder.yamlFiles(in: "schemas").map { self.folder.read($0, into: &self.diagnostics) }

        for ignored in self.folder.yamlIgnoredFiles {
            self.diagnostics.append(
                .warning("'\(ignored)' is ignored: spec files end in '.yaml'",
                    at: SourceLocation(file: self.folder.displayPath(ignored), line: 1, column: 1)))
        }
        let schemaPaths = Set(schemas.map(\.relativePath))
        self.rewriteReferences(in: &root, schemaPaths: schemaPaths)
        for index in groups.indices { self.rewriteReferences(in: &groups[index], schemaPaths: schemaPaths) }
        for index in schemas.indices { self.rewriteReferences(in: &schemas[index], schemaPaths: schemaPaths) }

        guard let rootNode = root.root else {
            if self.diagnostics.isEmpty { self.diagnostics.append(.error("the root document is empty", at: root.start)) }
            return nil
        }
        guard case .mapping(let rootPairs) = rootNode.content else {
            self.diagnostics.append(
                .error("the root document must be a mapping, found \(rootNode.kindDescription)", at: rootNode.location))
            return nil
        }
        var merger = DocumentMerger(rootPairs: rootPairs, rootLocation: rootNode.location)
        for group in groups { merger.add(group: group) }
        for schema in schemas { merger.add(schema: schema) }
        self.diagnostics += merger.diagnostics
        let merged = YAMLNode(.mapping(merger.mergedPairs()), at: rootNode.location, tag: rootNode.tag)
        return AssembledSpec(
            directory: self.folder.directory, root: merged, sourceMap: SourceMap(tree: merged),
            schemaFiles: schemas.map { ($0.schemaName, $0.displayPath) })
    }

    private mutating func rewriteReferences(in file: inout SpecFile, schemaPaths: Set<String>) {
        guard let root = file.root else { return }
        var rewriter = ReferenceRewriter(schemaPaths: schemaPaths, file: file)
        file.root = rewriter.rewrite(root)
        self.diagnostics += rewriter.diagnostics
    }
}

extension SpecFolder {
    /// Files in `groups/` and `schemas/` that are not read, so that a `.yml` file does not vanish silently.
    var yamlIgnoredFiles: [String] {
        self.ignoredFiles(in: "groups") + self.ignoredFiles(in: "schemas")
    }
}
