/// A schema file nothing refers to is dead weight, or a `$ref` that was meant to point at it does not.
struct UnreferencedSchemaRule: ValidationRule {
    let name = "unreferenced-schema"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        var referenced: Set<String> = []
        for pair in spec.root.pairs ?? [] where pair.key.scalarValue != "components" {
            Self.collect(pair.value, into: &referenced)
        }
        for pair in spec.root["components"]?.pairs ?? [] where pair.key.scalarValue != "schemas" {
            Self.collect(pair.value, into: &referenced)
        }
        for schema in tree.schemas {
            // A reference from a schema to itself does not make it used.
            var own: Set<String> = []
            Self.collect(schema.value, into: &own)
            own.remove(schema.key.scalarValue ?? "")
            referenced.formUnion(own)
        }
        return tree.schemas.compactMap { pair in
            guard let name = pair.key.scalarValue, !referenced.contains(name) else { return nil }
            return .warning("schema '\(name)' is not referenced by any operation or schema", at: pair.value.location)
        }
    }

    private static func collect(_ node: YAMLNode, into referenced: inout Set<String>) {
        switch node.content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { self.collect(item, into: &referenced) }
        case .mapping(let pairs):
            for pair in pairs {
                if pair.key.scalarValue == "$ref", let reference = pair.value.scalarValue,
                    reference.hasPrefix(SchemaReference.componentsPrefix)
                {
                    referenced.insert(String(reference.dropFirst(SchemaReference.componentsPrefix.count)))
                }
                self.collect(pair.value, into: &referenced)
            }
        }
    }
}
