/// A `type` list names each type once and combines scalars only (`[integer, string, 'null']`), on a
/// property's or parameter's schema: the first type that is not `null` is the field's Swift type, the
/// others are types the client also reads into it.
///
/// `null` may join any single type anywhere (a nullable value); lists, objects and several scalars
/// elsewhere (a schema file, list items, a whole body) would have no one Swift type.
struct TypeListRule: ValidationRule {
    let name = "type-list"

    static let scalars: Set<String> = ["string", "integer", "number", "boolean"]

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        SpecTree(spec.root).forEachSchema { schema, isField in
            guard let list = schema["type"], let items = list.items else { return }
            var seen: Set<String> = []
            for item in items {
                guard let name = item.text, SchemaTypeRule.types.contains(name) else { continue }
                if !seen.insert(name).inserted {
                    diagnostics.append(.error("'\(name)' is listed twice in 'type'", at: item.location))
                }
            }
            let types = seen.subtracting(["null"])
            guard types.count > 1 else { return }
            for item in items where !Self.scalars.contains(item.text ?? "") && item.text != "null" {
                diagnostics.append(
                    .error(
                        "'\(item.text ?? "?")' cannot share 'type' with other types; a list combines string, "
                            + "integer, number and boolean (and 'null')",
                        at: item.location))
            }
            if !isField {
                diagnostics.append(
                    .error(
                        "several types in 'type' are allowed on a property's or parameter's schema only; "
                            + "this schema has no field to hold them",
                        at: list.location))
            }
        }
        return diagnostics
    }
}
