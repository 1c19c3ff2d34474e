/// `x-pagination` on a listing operation, checked against the operation's own parameters and response.
///
/// ```yaml
/// x-pagination: {style: page-number, page: page_number, size: page_size, items: clusters, total: page_info.total_count}
/// x-pagination: {style: marker, marker: Marker, size: MaxResults, next: Marker, items: ClusterSet, total: TotalCount}
/// ```
///
/// The extension's shape (known keys, a style with its keys, string values) is read by
/// ``ExtensionReader``; this rule takes the typed value and checks that `page`, `marker` and `size`
/// name optional integer or string parameters of the operation (not string enums); `items` names a list
/// of the success response, `next` a field of the marker parameter's type (an integer's `int32`/`int64`
/// format too), `total` an integer field (dotted paths allowed).
struct PaginationExtensionRule: ValidationRule {
    let name = "x-pagination"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        let sites = tree.operations
        return document.operations.flatMap { operation -> [Diagnostic] in
            guard let pagination = operation.pagination, let site = sites.site(at: operation.pointer) else { return [] }
            var check = Check(tree: tree, site: site, pagination: pagination)
            check.run()
            return check.diagnostics
        }
    }

    private struct Check {
        let tree: SpecTree
        let site: SpecTree.OperationSite
        let pagination: PaginationExtension
        var diagnostics: [Diagnostic] = []

        var operation: String { self.site.operationID ?? self.site.path }

        mutating func run() {
            var cursorType: String?
            let cursorKey = self.pagination.style == .pageNumber ? "page" : "marker"
            if let cursor = self.entry(cursorKey) {
                cursorType = self.checkParameter(cursor, key: cursorKey)
            }
            if let size = self.entry("size") { _ = self.checkParameter(size, key: "size") }
            if let items = self.entry("items") {
                self.checkField(items, key: "items", expected: ["array"], describing: "a list")
            }
            if self.pagination.style == .marker, let next = self.entry("next") {
                // The marker read from the answer is sent again as the parameter: one Swift type for both.
                let expected = cursorType.map { [$0] } ?? ["string", "integer"]
                self.checkField(
                    next, key: "next", expected: expected,
                    describing: "of the marker's type (\(expected.joined(separator: " or ")))",
                    comparesValueTypes: cursorType != nil)
            }
            if let total = self.entry("total") {
                self.checkField(total, key: "total", expected: ["integer"], describing: "an integer")
            }
        }

        /// A key's name or path with where it is written.
        private func entry(_ key: String) -> (text: String, location: SourceLocation)? {
            guard let text = self.pagination.names[key], let location = self.pagination.locations[key] else {
                return nil
            }
            return (text, location)
        }

        private mutating func error(_ message: String, at location: SourceLocation) {
            self.diagnostics.append(.error(message, at: location))
        }

        /// Checks that the value names an optional integer or string parameter; returns its value type
        /// (see ``SpecTree/valueType(of:)``).
        private mutating func checkParameter(_ entry: (text: String, location: SourceLocation), key: String) -> String?
        {
            let name = entry.text
            guard let parameter = self.tree.parameter(named: name, of: self.site) else {
                let known = self.site.parameters.compactMap { $0["name"]?.text }
                self.error(
                    "'\(key): \(name)' names no parameter of '\(self.operation)' (parameters: \(known.joined(separator: ", ")))",
                    at: entry.location)
                return nil
            }
            let type = parameter["schema"].flatMap(self.tree.valueType)
            guard let type, type.hasPrefix("integer") || type == "string" else {
                self.error(
                    "parameter '\(name)' must be an integer or a string to page by, found \(type ?? "no type")",
                    at: entry.location)
                return nil
            }
            if parameter["required"]?.resolvedScalar == .bool(true) {
                self.error("parameter '\(name)' is required; the paging parameter must be optional", at: entry.location)
            }
            return type
        }

        /// Checks that the value is a path to a response field of an expected type: a JSON type name, or with
        /// `comparesValueTypes` a value type (see ``SpecTree/valueType(of:)``).
        private mutating func checkField(
            _ entry: (text: String, location: SourceLocation), key: String, expected: [String], describing: String,
            comparesValueTypes: Bool = false
        ) {
            let path = entry.text
            let schema: YAMLNode
            switch self.tree.responseFields(of: self.site) {
            case .failure(let failure):
                self.error("'\(key): \(path)': \(failure.message)", at: entry.location)
                return
            case .success(let fields):
                schema = fields
            }
            switch self.tree.resolve(path, from: schema, allowsList: false) {
            case .failure(let failure):
                self.error("'\(key): \(path)' does not name a response field: \(failure.message)", at: entry.location)
            case .success(let field):
                let type =
                    comparesValueTypes ? self.tree.valueType(of: field.schema) : self.tree.typeName(of: field.schema)
                if !expected.contains(type ?? "") {
                    self.error(
                        "'\(key): \(path)' must be \(describing), found \(type ?? "no type")", at: entry.location)
                }
            }
        }
    }
}
