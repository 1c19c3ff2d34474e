/// Merges group files and schema files into the root document's pairs.
///
/// Key order is fixed: the root's keys as written, `tags` before `paths` when the root has none,
/// `paths` and `components` appended when missing; groups and schemas in file name order.
struct DocumentMerger {
    private let rootPairs: [YAMLNode.Pair]
    private let rootLocation: SourceLocation
    private var tags: [YAMLNode] = []
    private var tagNames: [String: SourceLocation] = [:]
    private var paths: [YAMLNode.Pair] = []
    private var pathKeys: [String: SourceLocation] = [:]
    private var schemas: [YAMLNode.Pair] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(rootPairs: [YAMLNode.Pair], rootLocation: SourceLocation) {
        self.rootPairs = rootPairs
        self.rootLocation = rootLocation
        if let rootPaths = rootPairs.first(where: { $0.key.scalarValue == "paths" })?.value.pairs {
            for pair in rootPaths { self.addPath(pair, tag: nil) }
        }
        if let rootTags = rootPairs.first(where: { $0.key.scalarValue == "tags" })?.value.items {
            for tag in rootTags { self.addTag(tag) }
        }
        let components = rootPairs.first { $0.key.scalarValue == "components" }?.value
        self.schemas = components?["schemas"]?.pairs ?? []
    }

    /// Adds a group file: its tag, and its paths with the tag set on every operation.
    mutating func add(group file: SpecFile) {
        guard let root = file.root else {
            if !file.failed { self.diagnostics.append(.error("the group file is empty", at: file.start)) }
            return
        }
        guard let pairs = root.pairs else {
            self.diagnostics.append(
                .error("a group file must be a mapping with 'tag' and 'paths', found \(root.kindDescription)",
                    at: root.location))
            return
        }
        for pair in pairs where pair.key.scalarValue != "tag" && pair.key.scalarValue != "paths" {
            self.diagnostics.append(
                .error("unexpected key '\(pair.key.scalarValue ?? "?")' in a group file; a group has 'tag' and 'paths'",
                    at: pair.key.location))
        }
        var tagName: YAMLNode?
        if let tag = root["tag"] {
            if let name = tag["name"], name.text != nil {
                tagName = name
                self.addTag(tag)
            } else {
                self.diagnostics.append(.error("a group's 'tag' must be a mapping with a string 'name'", at: tag.location))
            }
        } else {
            self.diagnostics.append(.error("missing key 'tag' in a group file", at: root.location))
        }
        guard let paths = root["paths"] else {
            self.diagnostics.append(.error("missing key 'paths' in a group file", at: root.location))
            return
        }
        guard let pathPairs = paths.pairs else {
            self.diagnostics.append(.error("'paths' must be a mapping, found \(paths.kindDescription)", at: paths.location))
            return
        }
        for pair in pathPairs { self.addPath(pair, tag: tagName) }
    }

    /// Adds a schema file as `components/schemas/<Name>`.
    mutating func add(schema file: SpecFile) {
        let name = file.schemaName
        let key = YAMLNode.scalar(name, at: file.start)
        if let first = self.schemas.first(where: { $0.key.scalarValue == name }) {
            self.diagnostics.append(
                .error("schema '\(name)' is defined twice", at: file.start,
                    notes: [.note("'\(name)' is first defined here", at: first.key.location)]))
            return
        }
        guard let root = file.root else {
            if !file.failed {
                self.diagnostics.append(.error("the schema file '\(name).yaml' is empty", at: file.start))
            }
            return
        }
        self.schemas.append(YAMLNode.Pair(key: key, value: root))
    }

    /// The merged root pairs.
    func mergedPairs() -> [YAMLNode.Pair] {
        var result: [YAMLNode.Pair] = []
        var wroteTags = false, wrotePaths = false, wroteComponents = false
        let tagsPair = self.pair("tags", .sequence(self.tags), at: self.tags.first?.location)
        for pair in self.rootPairs {
            switch pair.key.scalarValue {
            case "tags":
                result.append(YAMLNode.Pair(key: pair.key, value: YAMLNode(.sequence(self.tags), at: pair.value.location)))
                wroteTags = true
            case "paths":
                if !wroteTags && !self.tags.isEmpty {
                    result.append(tagsPair)
                    wroteTags = true
                }
                result.append(YAMLNode.Pair(key: pair.key, value: YAMLNode(.mapping(self.paths), at: pair.value.location)))
                wrotePaths = true
            case "components":
                result.append(YAMLNode.Pair(key: pair.key, value: self.mergedComponents(pair.value)))
                wroteComponents = true
            default:
                result.append(pair)
            }
        }
        if !wroteTags && !self.tags.isEmpty { result.append(tagsPair) }
        if !wrotePaths { result.append(self.pair("paths", .mapping(self.paths), at: nil)) }
        if !wroteComponents && !self.schemas.isEmpty {
            result.append(self.pair("components", .mapping([self.pair("schemas", .mapping(self.schemas), at: nil)]), at: nil))
        }
        return result
    }

    private func mergedComponents(_ components: YAMLNode) -> YAMLNode {
        guard var pairs = components.pairs else { return components }
        let schemasNode = YAMLNode(.mapping(self.schemas), at: components["schemas"]?.location ?? components.location)
        if let index = pairs.firstIndex(where: { $0.key.scalarValue == "schemas" }) {
            pairs[index].value = schemasNode
        } else if !self.schemas.isEmpty {
            pairs.insert(YAMLNode.Pair(key: .scalar("schemas", at: components.location), value: schemasNode), at: 0)
        }
        var merged = components
        merged.content = .mapping(pairs)
        return merged
    }

    private func pair(_ key: String, _ content: YAMLNode.Content, at location: SourceLocation?) -> YAMLNode.Pair {
        let location = location ?? self.rootLocation
        return YAMLNode.Pair(key: .scalar(key, at: location), value: YAMLNode(content, at: location))
    }

    private mutating func addTag(_ tag: YAMLNode) {
        guard let nameNode = tag["name"], let name = nameNode.text else {
            self.tags.append(tag)
            return
        }
        if let first = self.tagNames[name] {
            self.diagnostics.append(
                .error("tag '\(name)' is defined twice", at: nameNode.location,
                    notes: [.note("'\(name)' is first defined here", at: first)]))
            return
        }
        self.tagNames[name] = nameNode.location
        self.tags.append(tag)
    }

    /// Adds a group's path item. Two groups may share a path when each declares other methods
    /// (`GET /clusters/{ClusterId}/nodes` in one group, `POST` in another); the same method twice,
    /// or path-level keys in both, is an error with a note at the first.
    private mutating func addPath(_ pair: YAMLNode.Pair, tag: YAMLNode?) {
        let key = pair.key.scalarValue ?? ""
        var tagged = pair
        if let tag, let item = pair.value.pairs {
            tagged.value.content = .mapping(item.map { Self.tagging($0, with: tag) })
        }
        guard let first = self.pathKeys[key] else {
            self.pathKeys[key] = pair.key.location
            self.paths.append(tagged)
            return
        }
        guard let index = self.paths.firstIndex(where: { $0.key.scalarValue == key }),
            var existing = self.paths[index].value.pairs, let added = tagged.value.pairs
        else {
            self.diagnostics.append(
                .error("path '\(key)' is defined twice", at: pair.key.location,
                    notes: [.note("'\(key)' is first defined here", at: first)]))
            return
        }
        for entry in added {
            let name = entry.key.scalarValue ?? ""
            if let earlier = existing.first(where: { $0.key.scalarValue == name }) {
                let what = SpecAssembler.httpMethods.contains(name) ? "operation \(name.uppercased())" : "'\(name)'"
                self.diagnostics.append(
                    .error("\(what) of path '\(key)' is defined twice", at: entry.key.location,
                        notes: [.note("\(what) of '\(key)' is first defined here", at: earlier.key.location)]))
            } else {
                existing.append(entry)
            }
        }
        self.paths[index].value.content = .mapping(existing)
    }

    /// Puts the group's tag first in an operation's `tags`, adding the key when missing.
    private static func tagging(_ pair: YAMLNode.Pair, with tag: YAMLNode) -> YAMLNode.Pair {
        guard let method = pair.key.scalarValue, SpecAssembler.httpMethods.contains(method),
            var operation = pair.value.pairs, let name = tag.text
        else { return pair }
        let tagValue = YAMLNode.scalar(name, style: .doubleQuoted, at: tag.location)
        if let index = operation.firstIndex(where: { $0.key.scalarValue == "tags" }) {
            if var items = operation[index].value.items, !items.contains(where: { $0.scalarValue == name }) {
                items.insert(tagValue, at: 0)
                operation[index].value.content = .sequence(items)
            }
        } else {
            let key = YAMLNode.scalar("tags", at: pair.value.location)
            operation.insert(YAMLNode.Pair(key: key, value: .sequence([tagValue], at: tag.location)), at: 0)
        }
        var result = pair
        result.value.content = .mapping(operation)
        return result
    }
}
