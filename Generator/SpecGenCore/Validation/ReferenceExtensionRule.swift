/// `x-reference` records what the vendor reference documents where the spec deliberately differs, so its
/// shape is fixed: a mapping of attributes, each with a value that attribute takes, and a `reason`.
///
/// Field attributes (`type`, `required`, `enum`, `default`, the limits) are recorded on a parameter or on
/// a property's schema; `methods` on an operation. A parameter's own schema and a schema file's root
/// are not the place (the comparison reads the parameter, or the property that uses the schema), and
/// nothing else is. Whether each entry is still needed is the docs
/// index check's to say (see ``DocsIndexCheck``).
struct ReferenceExtensionRule: ValidationRule {
    let name = VendorExtension.reference

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        var checker = Checker()
        for site in tree.operations {
            checker.check(site.operation, allowing: [.methods], place: "an operation")
            for parameter in site.parameters {
                checker.check(parameter, allowing: ReferenceAttribute.fieldAttributes, place: "a parameter")
                if let schema = parameter["schema"], let pair = schema.pair(for: self.name) {
                    checker.misplaced(pair, "write 'x-reference' on the parameter itself, not on its schema")
                }
            }
        }
        for pair in tree.schemas {
            guard let record = pair.value.pair(for: self.name) else { continue }
            checker.misplaced(
                record, "write 'x-reference' on a property or parameter that uses this schema, not on the schema file")
        }
        tree.forEachSchema { schema in
            checker.check(schema, allowing: ReferenceAttribute.fieldAttributes, place: "a schema")
        }
        spec.root.forEachMapping { pairs in
            guard let pair = pairs.first(where: { $0.key.scalarValue == self.name }) else { return [] }
            checker.misplaced(pair, "'x-reference' belongs on a parameter, a property's schema or an operation")
            return [self.name]
        }
        return checker.diagnostics
    }

    /// Checks each `x-reference` once, at the first place that visits it.
    private struct Checker {
        var diagnostics: [Diagnostic] = []
        private var visited: Set<SourceLocation> = []

        mutating func misplaced(_ pair: YAMLNode.Pair, _ message: String) {
            guard self.visited.insert(pair.key.location).inserted else { return }
            self.diagnostics.append(.error(message, at: pair.key.location))
        }

        mutating func check(_ owner: YAMLNode, allowing attributes: [ReferenceAttribute], place: String) {
            guard let pair = owner.pair(for: VendorExtension.reference),
                self.visited.insert(pair.key.location).inserted
            else { return }
            guard let entries = pair.value.pairs else {
                self.diagnostics.append(
                    .error(
                        "'x-reference' must be a mapping of the reference's attributes and a 'reason', found \(pair.value.kindDescription)",
                        at: pair.value.location))
                return
            }
            var recordsAnAttribute = false
            for entry in entries {
                guard let key = entry.key.scalarValue else { continue }
                if key == ReferenceExtension.reasonKey {
                    if (entry.value.stringValue ?? "").allSatisfy(\.isWhitespace) {
                        self.diagnostics.append(
                            .error("'reason' must be a sentence saying why the spec differs", at: entry.value.location))
                    }
                    continue
                }
                recordsAnAttribute = true
                guard let attribute = ReferenceAttribute(rawValue: key) else {
                    let known = (attributes.map(\.rawValue) + [ReferenceExtension.reasonKey]).joined(separator: ", ")
                    self.diagnostics.append(
                        .error("unknown key '\(key)' in 'x-reference'; use \(known)", at: entry.key.location))
                    continue
                }
                guard attributes.contains(attribute) else {
                    let home = attribute == .methods ? "an operation" : "a parameter or a property's schema"
                    self.diagnostics.append(
                        .error("'\(key)' is not recorded on \(place); write it on \(home)", at: entry.key.location))
                    continue
                }
                if case .failure(let error) = attribute.value(of: entry.value) {
                    self.diagnostics.append(.error(error.message, at: error.location))
                }
            }
            if entries.first(where: { $0.key.scalarValue == ReferenceExtension.reasonKey }) == nil {
                self.diagnostics.append(
                    .error(
                        "'x-reference' needs a 'reason': why the spec differs from the reference", at: pair.key.location
                    ))
            }
            if !recordsAnAttribute {
                self.diagnostics.append(
                    .error("'x-reference' records no attribute of the reference", at: pair.key.location))
            }
        }
    }
}
