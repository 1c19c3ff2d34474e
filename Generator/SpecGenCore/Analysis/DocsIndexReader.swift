/// Turns one docs-index file's YAML tree into entries, reporting shape errors at their nodes.
///
/// A `parameters:` or `responseFields:` item is a dotted name, or a mapping of `name` and the attributes
/// the reference documents for it (`{name: VpcId, type: string, required: true}`); an RPC entry may add
/// `methods: [GET, POST]`. Unknown keys and values an attribute does not take are errors. An SDK index's
/// parameters may also give `in` and `style`, which are read and not compared.
struct DocsIndexReader {
    var diagnostics: [Diagnostic]
    /// Which index the file belongs to.
    var kind: DocsIndex.Kind = .reference

    /// The parameter keys an SDK index adds: where the SDK puts the parameter and how it sends a list.
    private static let sdkParameterKeys: Set<String> = ["in", "style"]

    /// Which list a name is in: `required` is a parameter's attribute only.
    private enum NameList: String {
        case parameters, responseFields

        var attributes: [ReferenceAttribute] {
            self == .parameters
                ? ReferenceAttribute.fieldAttributes : ReferenceAttribute.fieldAttributes.filter { $0 != .required }
        }
    }

    mutating func entries(in root: YAMLNode, file: String) -> [DocsIndex.Entry] {
        guard let operations = root["operations"]?.items else {
            self.diagnostics.append(.error("a docs index file needs an 'operations' list", at: root.location))
            return []
        }
        return operations.compactMap { self.entry($0) }
    }

    private mutating func entry(_ node: YAMLNode) -> DocsIndex.Entry? {
        guard let operationNode = node["operation"], let operation = operationNode.text else {
            self.diagnostics.append(.error("a docs index entry needs 'operation: <API name>'", at: node.location))
            return nil
        }
        return DocsIndex.Entry(
            operation: operation,
            section: node["section"]?.text,
            method: node["method"]?.text,
            path: node["path"]?.text,
            action: node["action"]?.text,
            methods: self.methods(node, of: operation),
            parameters: self.names(node[NameList.parameters.rawValue], list: .parameters, of: operation),
            responseFields: self.names(node[NameList.responseFields.rawValue], list: .responseFields, of: operation),
            location: operationNode.location)
    }

    private mutating func methods(_ entry: YAMLNode, of operation: String) -> DocsIndex.Attribute? {
        guard let node = entry["methods"] else { return nil }
        guard entry["action"] != nil else {
            self.diagnostics.append(
                .error(
                    "'methods' of '\(operation)' belongs to an RPC entry (with 'action'); an ROA entry gives 'method'",
                    at: node.location))
            return nil
        }
        return self.attribute(.methods, node)
    }

    private mutating func names(_ node: YAMLNode?, list: NameList, of operation: String) -> [DocsIndex.Name] {
        guard let node else { return [] }
        guard let items = node.items else {
            self.diagnostics.append(.error("expected a list of names for '\(operation)'", at: node.location))
            return []
        }
        return items.compactMap { item in
            if item.pairs != nil { return self.name(mapping: item, list: list) }
            guard let text = item.text, !text.isEmpty else {
                self.diagnostics.append(
                    .error(
                        "expected a dotted wire name or a mapping with 'name', found \(item.kindDescription)",
                        at: item.location))
                return nil
            }
            return DocsIndex.Name(components: Self.components(text), location: item.location, attributes: [])
        }
    }

    private mutating func name(mapping: YAMLNode, list: NameList) -> DocsIndex.Name? {
        guard let nameNode = mapping["name"], let name = nameNode.stringValue, !name.isEmpty else {
            self.diagnostics.append(
                .error("a documented name with attributes needs 'name: <dotted wire name>'", at: mapping.location))
            return nil
        }
        var attributes: [DocsIndex.Attribute] = []
        var seen: Set<String> = []
        for pair in mapping.pairs ?? [] {
            guard let key = pair.key.scalarValue, key != "name" else { continue }
            if self.kind == .sdk, list == .parameters, Self.sdkParameterKeys.contains(key) { continue }
            guard seen.insert(key).inserted else {
                self.diagnostics.append(.error("'\(key)' is given twice for '\(name)'", at: pair.key.location))
                continue
            }
            if key == ReferenceAttribute.required.rawValue, list == .responseFields {
                self.diagnostics.append(
                    .error(
                        "'required' is an attribute of parameters; '\(name)' is a response field", at: pair.key.location
                    ))
                continue
            }
            guard let attribute = ReferenceAttribute(rawValue: key), list.attributes.contains(attribute) else {
                let known = (["name"] + list.attributes.map(\.rawValue)).joined(separator: ", ")
                self.diagnostics.append(
                    .error(
                        "unknown key '\(key)' for '\(name)' in \(list.rawValue); use \(known)", at: pair.key.location))
                continue
            }
            if let read = self.attribute(attribute, pair.value) { attributes.append(read) }
        }
        return DocsIndex.Name(components: Self.components(name), location: nameNode.location, attributes: attributes)
    }

    private mutating func attribute(_ attribute: ReferenceAttribute, _ node: YAMLNode) -> DocsIndex.Attribute? {
        switch attribute.value(of: node) {
        case .success(let value):
            return DocsIndex.Attribute(attribute: attribute, value: value, location: node.location)
        case .failure(let error):
            self.diagnostics.append(.error(error.message, at: error.location))
            return nil
        }
    }

    private static func components(_ text: String) -> [String] {
        text.split(separator: ".").map(String.init)
    }
}
