/// Finds the `x-reference` entries of a spec that accept no difference: an entry is needed only while
/// the docs index records the reference's value for its node and the spec still differs from it.
///
/// Every entry of the spec is audited, on operations, parameters and schemas alike, so a record left
/// behind after a spec fix or an index edit is reported where it is written.
struct ReferenceRecordAudit {
    let resolver: DocsIndexResolver

    /// The stale entries, in spec order.
    ///
    /// - Parameter uses: The comparisons that met each entry (``AttributeComparer/uses``).
    func staleRecords(
        uses: [AttributeComparer.RecordKey: [AttributeComparer.RecordUse]]
    ) -> [CoverageReport.StaleRecord] {
        var result: [CoverageReport.StaleRecord] = []
        for (field, record) in self.records() {
            for attribute in ReferenceAttribute.allCases {
                guard let recorded = record.values[attribute] else { continue }
                let met = uses[AttributeComparer.RecordKey(pointer: record.pointer, attribute: attribute)] ?? []
                guard !met.contains(where: { $0.status == .recorded }) else { continue }
                let staleness: CoverageReport.Staleness =
                    met.isEmpty ? .undocumented : met.allSatisfy { $0.status == .agrees } ? .resolved : .changed
                var documented: [String] = []
                for use in met where !documented.contains(use.documented.displayText) {
                    documented.append(use.documented.displayText)
                }
                result.append(
                    CoverageReport.StaleRecord(
                        field: field, attribute: attribute, recorded: recorded.displayText, staleness: staleness,
                        documented: documented,
                        location: self.resolver.location(of: record.pointer + [attribute.rawValue])))
            }
        }
        return result.sorted { $0.location.sourceLocation < $1.location.sourceLocation }
    }

    /// Every `x-reference` of the spec with the name of the node that carries it, each once. A
    /// parameter's own schema and a schema file's root are not places for one (the `x-reference` rule
    /// says so), so they are skipped.
    private func records() -> [(field: String, record: ReferenceExtension)] {
        var result: [(field: String, record: ReferenceExtension)] = []
        var seen: Set<[String]> = []
        func walk(_ schema: SpecSchema, isPlace: Bool = true) {
            guard seen.insert(schema.pointer).inserted else { return }
            if isPlace, let record = schema.extensions.reference {
                result.append((Self.label(schema.pointer), record))
            }
            for property in schema.properties { walk(property.schema) }
            for child in [schema.items, schema.additionalProperties].compactMap({ $0 }) { walk(child) }
            for (_, members) in schema.compositions { members.forEach { walk($0) } }
        }
        let document = self.resolver.document
        for operation in document.operations {
            if let record = operation.reference { result.append((operation.operationID ?? operation.path, record)) }
            for parameter in operation.parameters {
                if let record = parameter.extensions.reference { result.append((parameter.name, record)) }
                if let schema = parameter.schema { walk(schema, isPlace: false) }
            }
            let contents = (operation.requestBody?.content ?? []) + operation.responses.flatMap(\.content)
            for schema in contents.compactMap(\.schema) { walk(schema) }
        }
        for name in document.schemaNames {
            if let schema = document.schemas[name] { walk(schema, isPlace: false) }
        }
        return result
    }

    /// A schema's name for messages: its property name, else its pointer.
    private static func label(_ pointer: [String]) -> String {
        if pointer.count >= 2, pointer[pointer.count - 2] == "properties" { return pointer[pointer.count - 1] }
        return pointer.joined(separator: "/")
    }
}
