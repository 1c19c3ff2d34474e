extension SpecDocument {
    /// Visits every schema of the document once: each schema file, each parameter's, body's and
    /// response's schema, and every schema inside them (properties, items, map values, compositions).
    /// A `$ref` is visited as the referring schema; the schema file it names is visited as a file.
    func forEachSchema(_ visit: (SpecSchema) -> Void) {
        // A path item's parameters belong to each of its operations: visit their schemas once.
        var visited: Set<[String]> = []
        func walk(_ schema: SpecSchema) {
            guard visited.insert(schema.pointer).inserted else { return }
            visit(schema)
            for property in schema.properties { walk(property.schema) }
            if let items = schema.items { walk(items) }
            if let values = schema.additionalProperties { walk(values) }
            for composition in schema.compositions { composition.schemas.forEach(walk) }
        }
        for name in self.schemaNames { self.schemas[name].map(walk) }
        for operation in self.operations {
            for parameter in operation.parameters { parameter.schema.map(walk) }
            for media in (operation.requestBody?.content ?? []) + operation.responses.flatMap(\.content) {
                media.schema.map(walk)
            }
        }
    }

    /// The schema file a `$ref` names (`#/components/schemas/<Name>`), with its name.
    func schemaFile(referencedBy schema: SpecSchema) -> (name: String, schema: SpecSchema)? {
        guard let reference = schema.reference, reference.hasPrefix(SchemaReference.componentsPrefix) else {
            return nil
        }
        let name = String(reference.dropFirst(SchemaReference.componentsPrefix.count))
        return self.schemas[name].map { (name, $0) }
    }
}
