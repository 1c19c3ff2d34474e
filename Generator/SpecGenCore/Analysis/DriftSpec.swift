/// A spec folder as `specgen drift` reads it: the lowered model that record paths are resolved through,
/// and the merged tree, whose nodes know their file, place and extent, that edits are made from.
public struct DriftSpec: Sendable {
    /// The spec folder, as given.
    public var directory: String
    /// The lowered model, exactly as `specgen generate` makes it.
    public var model: ServiceModel
    /// The merged tree before decoding, `$ref`s rewritten to `#/components/schemas/<Name>`.
    public var root: YAMLNode

    /// Creates a spec.
    public init(directory: String, model: ServiceModel, root: YAMLNode) {
        self.directory = directory
        self.model = model
        self.root = root
    }

    /// The node at unescaped pointer components, if the whole pointer leads somewhere.
    func node(at pointer: [String]) -> YAMLNode? {
        let (node, complete) = self.root.follow(pointer.map { NodeCodingKey(stringValue: $0) })
        return complete ? node : nil
    }

    /// The pointer of the schema a node stands for: the schema file a `$ref` names, else the node's own.
    func dereferenced(_ pointer: [String]) -> [String] {
        guard let node = self.node(at: pointer),
            let (name, _) = SpecTree(self.root).schema(referencedBy: node)
        else { return pointer }
        return ["components", "schemas", name]
    }

    /// The place of the node at a pointer, or of its nearest ancestor that has one.
    func location(of pointer: [String]) -> SourceLocation? {
        var pointer = pointer
        while true {
            if let node = self.node(at: pointer) { return node.location }
            guard !pointer.isEmpty else { return nil }
            pointer.removeLast()
        }
    }

    /// A short name for the schema at a pointer: a schema file by its name, a property by its path
    /// inside it (`Cluster.master_config`), an operation's inline response as `<Operation> response`.
    func label(of pointer: [String]) -> String {
        if pointer.count >= 3, pointer[0] == "components", pointer[1] == "schemas" {
            return ([pointer[2]] + Self.propertyNames(pointer.dropFirst(3))).joined(separator: ".")
        }
        guard let responses = pointer.firstIndex(of: "responses"), responses >= 3,
            let operation = self.node(at: Array(pointer.prefix(responses)))?["operationId"]?.text
        else { return SourceMap.pointer(pointer) }
        let inner = Self.propertyNames(pointer.dropFirst(responses + 5))
        return ([operation + " response"] + inner).joined(separator: ".")
    }

    /// The property names along a pointer's `properties/<name>` steps.
    private static func propertyNames(_ components: ArraySlice<String>) -> [String] {
        var names: [String] = []
        var previous: String?
        for component in components {
            if previous == "properties" { names.append(component) }
            previous = previous == "properties" ? nil : component
        }
        return names
    }
}
