/// A spec folder merged into one YAML tree, before ``SpecReader`` reads it.
///
/// The tree is the bundled document: schema files under `components/schemas/<Name>`, every group's
/// paths under `paths`, group tags under `tags` and on each operation, file `$ref`s rewritten to
/// `#/components/schemas/<Name>`. Every node keeps the file, line and column it was written at, so
/// validation rules and the bundler work on it directly.
public struct AssembledSpec: Sendable {
    /// The spec folder as given.
    public var directory: String
    /// The merged document.
    public var root: YAMLNode
    /// Where each node of the merged document came from.
    public var sourceMap: SourceMap
    /// Each schema's file (`Cluster` -> `spec/x/schemas/Cluster.yaml`), in name order.
    public var schemaFiles: [(name: String, file: String)]

    /// Creates an assembled spec.
    public init(directory: String, root: YAMLNode, sourceMap: SourceMap, schemaFiles: [(name: String, file: String)]) {
        self.directory = directory
        self.root = root
        self.sourceMap = sourceMap
        self.schemaFiles = schemaFiles
    }
}

extension SourceMap {
    /// Records the location of every node of a tree under its JSON pointer.
    init(tree: YAMLNode) {
        self.init()
        self.record(tree, pointer: "")
    }

    private mutating func record(_ node: YAMLNode, pointer: String) {
        self.record(node.location, for: pointer)
        switch node.content {
        case .scalar:
            break
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                self.record(item, pointer: pointer + "/\(index)")
            }
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.key.scalarValue else { continue }
                self.record(pair.value, pointer: pointer + Self.pointer([key]))
            }
        }
    }
}
