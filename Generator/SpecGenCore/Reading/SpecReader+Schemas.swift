extension SpecReader {
    /// The composition keywords, in the order they are read.
    static let compositionKeywords = ["allOf", "oneOf", "anyOf", "not"]

    /// Reads a schema node and everything inside it.
    mutating func readSchema(_ node: YAMLNode, pointer: [String]) -> SpecSchema {
        let typeNodes = node["type"].map { $0.items ?? [$0] } ?? []
        var compositions: [(keyword: String, schemas: [SpecSchema])] = []
        for keyword in Self.compositionKeywords {
            guard let value = node[keyword] else { continue }
            let entries = value.items.map { Array($0.enumerated()) } ?? [(0, value)]
            let schemas = entries.map { index, entry in
                self.readSchema(entry, pointer: pointer + (value.items == nil ? [keyword] : [keyword, String(index)]))
            }
            compositions.append((keyword, schemas))
        }
        let additional = node["additionalProperties"]
        return SpecSchema(
            pointer: pointer, reference: node["$ref"]?.text,
            types: typeNodes.compactMap { $0.text.flatMap(JSONType.init(rawValue:)) }, format: node["format"]?.text,
            enumValues: node["enum"]?.items,
            properties: (node["properties"]?.namedValues ?? []).map { name, property in
                SpecSchema.Property(
                    name: name, schema: self.readSchema(property, pointer: pointer + ["properties", name]))
            },
            required: node["required"]?.textItems ?? [],
            items: node["items"].flatMap { $0.pairs == nil ? nil : self.readSchema($0, pointer: pointer + ["items"]) },
            hasAdditionalProperties: additional.map { $0.pairs != nil || $0.boolValue == true } ?? false,
            compositions: compositions, description: node["description"]?.text, defaultValue: node["default"],
            minLength: node["minLength"]?.intValue, maxLength: node["maxLength"]?.intValue,
            pattern: node["pattern"]?.text,
            minimum: Self.bound(node, inclusive: "minimum", exclusive: "exclusiveMinimum"),
            maximum: Self.bound(node, inclusive: "maximum", exclusive: "exclusiveMaximum"),
            minItems: node["minItems"]?.intValue, maxItems: node["maxItems"]?.intValue,
            extensions: self.extensions.readFieldExtensions(node, pointer: pointer),
            additionalProperties: additional.flatMap {
                $0.pairs == nil ? nil : self.readSchema($0, pointer: pointer + ["additionalProperties"])
            })
    }

    /// A bound from `minimum` (or `maximum`) and its exclusive form: the 3.1 number, or the 3.0 flag.
    private static func bound(_ node: YAMLNode, inclusive: String, exclusive: String) -> SpecSchema.Bound? {
        if let value = node[exclusive]?.doubleValue, node[exclusive]?.boolValue == nil {
            return SpecSchema.Bound(value: value, isExclusive: true)
        }
        guard let value = node[inclusive]?.doubleValue else { return nil }
        return SpecSchema.Bound(value: value, isExclusive: node[exclusive]?.boolValue == true)
    }
}
