/// `x-pagination` on a listing operation: how it pages, checked against the operation's own
/// parameters and response.
///
/// ```yaml
/// x-pagination: {style: page-number, page: page_number, size: page_size, items: clusters, total: page_info.total_count}
/// x-pagination: {style: marker, marker: Marker, size: MaxResults, next: Marker, items: ClusterSet, total: TotalCount}
/// ```
///
/// The rule checks: a mapping with known keys only; `style` is `page-number` or `marker`, with
/// `page` (page-number) or `marker` and `next` (marker); `page`, `marker` and `size` name optional
/// integer or string parameters of the operation (not string enums); `items` names a list of the success
/// response, `next` a field of the marker parameter's type (an integer's `int32`/`int64` format too),
/// `total` an integer field (dotted paths allowed).
struct PaginationExtensionRule: ValidationRule {
    let name = "x-pagination"
    static let keys = ["style", "page", "marker", "size", "items", "next", "total"]

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        return tree.operations.flatMap { site -> [Diagnostic] in
            guard let node = site.operation[VendorExtension.pagination] else { return [] }
            var check = Check(tree: tree, site: site, node: node)
            check.run()
            return check.diagnostics
        }
    }

    private struct Check {
        let tree: SpecTree
        let site: SpecTree.OperationSite
        let node: YAMLNode
        var diagnostics: [Diagnostic] = []

        var operation: String { self.site.operationID ?? self.site.path }

        mutating func error(_ message: String, at node: YAMLNode) {
            self.diagnostics.append(.error(message, at: node.location))
        }

        mutating func run() {
            guard let pairs = self.node.pairs else {
                self.error(
                    "'x-pagination' must be a mapping (style, items, ...), found \(self.node.kindDescription)",
                    at: self.node)
                return
            }
            for pair in pairs where !Self.knownKey(pair.key) {
                self.error(
                    "unknown key '\(pair.key.text ?? "?")' in 'x-pagination' "
                        + "(expected \(PaginationExtensionRule.keys.joined(separator: ", ")))",
                    at: pair.key)
            }
            guard let styleNode = self.node["style"] else {
                self.error(
                    "'x-pagination' of '\(self.operation)' needs 'style: page-number' or 'style: marker'", at: self.node
                )
                return
            }
            guard let style = styleNode.stringValue.flatMap(PaginationModel.Style.init(rawValue:)) else {
                self.error(
                    "'style' must be 'page-number' or 'marker', found \(Self.describe(styleNode))", at: styleNode)
                return
            }
            let cursorKey = style == .pageNumber ? "page" : "marker"
            let forbidden = style == .pageNumber ? ["marker", "next"] : ["page"]
            for key in forbidden {
                if let pair = self.node.pair(for: key) {
                    self.error("'\(key)' does not apply to 'style: \(style.rawValue)'", at: pair.key)
                }
            }
            var cursorType: String?
            if let cursor = self.requiredValue(cursorKey, style: style) {
                cursorType = self.checkParameter(cursor, key: cursorKey)
            }
            if let size = self.node["size"] { _ = self.checkParameter(size, key: "size") }
            if let items = self.requiredValue("items", style: style) {
                self.checkField(items, key: "items", expected: ["array"], describing: "a list")
            }
            if style == .marker, let next = self.requiredValue("next", style: style) {
                // The marker read from the answer is sent again as the parameter: one Swift type for both.
                let expected = cursorType.map { [$0] } ?? ["string", "integer"]
                self.checkField(
                    next, key: "next", expected: expected,
                    describing: "of the marker's type (\(expected.joined(separator: " or ")))",
                    comparesValueTypes: cursorType != nil)
            }
            if let total = self.node["total"] {
                self.checkField(total, key: "total", expected: ["integer"], describing: "an integer")
            }
        }

        private static func knownKey(_ key: YAMLNode) -> Bool {
            key.text.map(PaginationExtensionRule.keys.contains) ?? false
        }

        static func describe(_ node: YAMLNode) -> String {
            node.text.map { "'\($0)'" } ?? node.kindDescription
        }

        private mutating func requiredValue(_ key: String, style: PaginationModel.Style) -> YAMLNode? {
            guard let value = self.node[key] else {
                self.error("'x-pagination' with 'style: \(style.rawValue)' needs '\(key)'", at: self.node)
                return nil
            }
            return value
        }

        /// Checks that the value names an optional integer or string parameter; returns its value type
        /// (see ``SpecTree/valueType(of:)``).
        private mutating func checkParameter(_ value: YAMLNode, key: String) -> String? {
            guard let name = value.stringValue, !name.isEmpty else {
                self.error("'\(key)' must name a parameter, found \(value.kindDescription)", at: value)
                return nil
            }
            guard let parameter = self.tree.parameter(named: name, of: self.site) else {
                let known = self.site.parameters.compactMap { $0["name"]?.text }
                self.error(
                    "'\(key): \(name)' names no parameter of '\(self.operation)' (parameters: \(known.joined(separator: ", ")))",
                    at: value)
                return nil
            }
            let type = parameter["schema"].flatMap(self.tree.valueType)
            guard let type, type.hasPrefix("integer") || type == "string" else {
                self.error(
                    "parameter '\(name)' must be an integer or a string to page by, found \(type ?? "no type")",
                    at: value)
                return nil
            }
            if parameter["required"]?.resolvedScalar == .bool(true) {
                self.error("parameter '\(name)' is required; the paging parameter must be optional", at: value)
            }
            return type
        }

        /// Checks that the value is a path to a response field of an expected type: a JSON type name, or with
        /// `comparesValueTypes` a value type (see ``SpecTree/valueType(of:)``).
        private mutating func checkField(
            _ value: YAMLNode, key: String, expected: [String], describing: String, comparesValueTypes: Bool = false
        ) {
            guard let path = value.stringValue, !path.isEmpty else {
                self.error(
                    "'\(key)' must be a dotted path of response fields, found \(value.kindDescription)", at: value)
                return
            }
            let schema: YAMLNode
            switch self.tree.responseFields(of: self.site) {
            case .failure(let failure):
                self.error("'\(key): \(path)': \(failure.message)", at: value)
                return
            case .success(let fields):
                schema = fields
            }
            switch self.tree.resolve(path, from: schema, allowsList: false) {
            case .failure(let failure):
                self.error("'\(key): \(path)' does not name a response field: \(failure.message)", at: value)
            case .success(let field):
                let type =
                    comparesValueTypes ? self.tree.valueType(of: field.schema) : self.tree.typeName(of: field.schema)
                if !expected.contains(type ?? "") {
                    self.error("'\(key): \(path)' must be \(describing), found \(type ?? "no type")", at: value)
                }
            }
        }
    }
}
