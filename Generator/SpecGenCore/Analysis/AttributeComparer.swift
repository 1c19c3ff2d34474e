/// Compares the attributes a docs index records with what the spec says, and remembers which
/// `x-reference` entries each comparison met, so that the entries no comparison needs can be reported
/// (see ``ReferenceRecordAudit``).
struct AttributeComparer {
    /// An `x-reference` entry: the record's pointer and one of its attributes.
    struct RecordKey: Hashable {
        var pointer: [String]
        var attribute: ReferenceAttribute
    }

    /// One comparison that met an `x-reference` entry.
    struct RecordUse {
        /// The reference's value, as the index records it.
        var documented: ReferenceValue
        /// How it compared.
        var status: CoverageReport.AttributeStatus
    }

    let resolver: DocsIndexResolver
    /// The comparisons that met each entry, in index order.
    private(set) var uses: [RecordKey: [RecordUse]] = [:]

    init(resolver: DocsIndexResolver) {
        self.resolver = resolver
    }

    /// Compares each attribute recorded for a name with the spec field it resolves to.
    ///
    /// - Parameters:
    ///   - name: The documented name and its attributes.
    ///   - field: The spec field, or nil when the spec lacks the name (every attribute is then unchecked).
    mutating func checks(of name: DocsIndex.Name, field: SpecField?) -> [CoverageReport.AttributeCheck] {
        name.attributes.map { documented in
            guard let field else { return Self.unchecked(documented) }
            let spec = self.resolver.value(of: documented.attribute, for: field)
            return self.check(documented, spec: spec, record: field.reference)
        }
    }

    /// Compares the RPC methods the reference allows with those the spec lets the action be sent with.
    mutating func methods(
        of entry: DocsIndex.Entry, operation: SpecDocument.Operation?
    ) -> CoverageReport.AttributeCheck? {
        guard let documented = entry.methods else { return nil }
        guard let operation else { return Self.unchecked(documented) }
        let spec = self.resolver.rpcMethods(of: operation).map(ReferenceValue.methods)
        return self.check(documented, spec: spec, record: operation.reference)
    }

    private mutating func check(
        _ documented: DocsIndex.Attribute, spec: ReferenceValue?, record: ReferenceExtension?
    ) -> CoverageReport.AttributeCheck {
        let attribute = documented.attribute
        let recorded = record?.values[attribute]
        let status: CoverageReport.AttributeStatus =
            if spec?.agrees(with: documented.value) == true {
                .agrees
            } else if recorded?.agrees(with: documented.value) == true {
                .recorded
            } else {
                .differs
            }
        var entry: CoverageReport.Record?
        if let record, let recorded {
            let pointer = record.pointer + [attribute.rawValue]
            self.uses[RecordKey(pointer: record.pointer, attribute: attribute), default: []]
                .append(RecordUse(documented: documented.value, status: status))
            entry = CoverageReport.Record(
                value: recorded.displayText, reason: record.reason, location: self.resolver.location(of: pointer))
        }
        return CoverageReport.AttributeCheck(
            attribute: attribute, status: status, reference: documented.value.displayText, spec: spec?.displayText,
            record: entry, location: .init(documented.location))
    }

    private static func unchecked(_ documented: DocsIndex.Attribute) -> CoverageReport.AttributeCheck {
        CoverageReport.AttributeCheck(
            attribute: documented.attribute, status: .unchecked, reference: documented.value.displayText, spec: nil,
            record: nil, location: .init(documented.location))
    }
}

extension DocsIndexResolver {
    /// Where a spec node is written, for reports; the folder itself when the source map lacks it.
    func location(of pointer: [String]) -> CoverageReport.Location {
        .init(self.document.location(of: pointer) ?? SourceLocation(file: self.document.directory, line: 1, column: 1))
    }
}
