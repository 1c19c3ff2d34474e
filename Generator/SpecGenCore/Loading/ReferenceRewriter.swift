/// Rewrites the relative file `$ref`s of one file to `#/components/schemas/<Name>`.
///
/// A refused or dangling reference becomes an error at the `$ref`'s value and is left as written, so one
/// pass reports every bad reference of every file.
struct ReferenceRewriter {
    /// Schema files of the folder, by path inside it (`schemas/Cluster.yaml`).
    let schemaPaths: Set<String>
    /// The file whose references are rewritten.
    let file: SpecFile
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Names of the schemas referenced.
    private(set) var referencedSchemas: Set<String> = []

    init(schemaPaths: Set<String>, file: SpecFile) {
        self.schemaPaths = schemaPaths
        self.file = file
    }

    /// Returns `node` with every reference rewritten.
    mutating func rewrite(_ node: YAMLNode) -> YAMLNode {
        var node = node
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            node.content = .sequence(items.map { self.rewrite($0) })
        case .mapping(let pairs):
            node.content = .mapping(
                pairs.map { pair in
                    if pair.key.scalarValue == "$ref" {
                        return YAMLNode.Pair(key: pair.key, value: self.rewriteReference(pair.value))
                    }
                    return YAMLNode.Pair(key: pair.key, value: self.rewrite(pair.value))
                })
        }
        return node
    }

    private mutating func rewriteReference(_ value: YAMLNode) -> YAMLNode {
        guard let reference = value.stringValue else {
            self.diagnostics.append(.error("'$ref' must be a string, found \(value.kindDescription)", at: value.location))
            return value
        }
        switch SchemaReference.resolve(reference, from: self.file.relativePath) {
        case .invalid(let message):
            self.diagnostics.append(.error(message, at: value.location))
            return value
        case .schema(let path, let name):
            guard self.schemaPaths.contains(path) else {
                self.diagnostics.append(
                    .error("'$ref: \(reference)' refers to a missing file '\(path)'", at: value.location))
                return value
            }
            self.referencedSchemas.insert(name)
            return .scalar(SchemaReference.componentsPrefix + name, style: .doubleQuoted, at: value.location)
        }
    }
}
