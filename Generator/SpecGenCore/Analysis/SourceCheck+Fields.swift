extension SourceCheck {
    /// Where each field comes from: a parameter or response field the SDK index lists for an operation
    /// the reference documents, but that no name of the docs index reaches, says in `x-source` which SDK
    /// it was taken from, on itself, on a field it sits in, or on the schema file that holds it. Every
    /// field's `x-source` names the SDK index's source.
    ///
    /// A field shared by several operations counts as documented when the reference documents it for
    /// any of them, and is reported once.
    func fieldDiagnostics(reference: DocsIndex, sdk: DocsIndex?) -> [Diagnostic] {
        var result = self.namedSources(sdk: sdk)
        guard let sdk else { return result }
        let resolver = DocsIndexResolver(document: self.document)
        let documented = Self.pointers(of: reference, resolver: resolver)
        let expected = sdk.sources.first.map { "'x-source: {sdk: \($0)}'" } ?? "'x-source'"
        var reported: Set<[String]> = []
        for entry in sdk.entries {
            // An operation the reference lacks says where it comes from as a whole.
            guard let operation = resolver.operations[entry.operation], operation.source == nil else { continue }
            let names = entry.parameters.map { ($0, true) } + entry.responseFields.map { ($0, false) }
            for (name, isRequest) in names {
                let resolve = isRequest ? resolver.parameter : resolver.responseField
                guard let pointer = resolve(name.components, operation)?.pointer, !documented.contains(pointer),
                    !self.isSourced(name.components, resolve: { resolve($0, operation) }),
                    reported.insert(pointer).inserted
                else { continue }
                result.append(
                    .error(
                        "'\(name.dotted)' of \(entry.operation) is in the SDK index but not in the reference's docs index; say where it comes from with \(expected)",
                        at: self.location(of: pointer)))
            }
        }
        return result
    }

    /// Every field's `x-source` that names another SDK than the index's, or any SDK when the folder has
    /// no SDK index.
    private func namedSources(sdk: DocsIndex?) -> [Diagnostic] {
        var sources: [SourceExtension] = []
        self.document.forEachSchema { schema in schema.extensions.source.map { sources.append($0) } }
        var seen: Set<[String]> = []
        for operation in self.document.operations {
            for parameter in operation.parameters where seen.insert(parameter.pointer).inserted {
                parameter.extensions.source.map { sources.append($0) }
            }
        }
        return sources.compactMap { source in
            guard let named = source.sdk else { return nil }  // reading reported the shape
            return self.problem(naming: named, at: self.location(of: source.pointer), sdk: sdk)
        }
    }

    /// The pointers of the fields the reference's names reach, and of the fields holding them, over all
    /// its operations.
    private static func pointers(of index: DocsIndex, resolver: DocsIndexResolver) -> Set<[String]> {
        var result: Set<[String]> = []
        for entry in index.entries {
            guard let operation = resolver.operations[entry.operation] else { continue }
            let names = entry.parameters.map { ($0, true) } + entry.responseFields.map { ($0, false) }
            for (name, isRequest) in names {
                let resolve = isRequest ? resolver.parameter : resolver.responseField
                // A field holding a documented field is documented with it.
                for length in 1...max(name.components.count, 1) {
                    if let pointer = resolve(Array(name.components.prefix(length)), operation)?.pointer {
                        result.insert(pointer)
                    }
                }
            }
        }
        return result
    }

    /// Whether the field at a dotted path, a field it sits in, or the schema file holding one of them has
    /// an `x-source`.
    private func isSourced(_ components: [String], resolve: ([String]) -> SpecField?) -> Bool {
        for length in 1...components.count {
            guard let field = resolve(Array(components.prefix(length))) else { continue }
            if field.source != nil { return true }
            if let pointer = field.pointer, pointer.count > 2, pointer[0] == "components", pointer[1] == "schemas",
                self.document.schemas[pointer[2]]?.extensions.source != nil
            {
                return true
            }
        }
        return false
    }
}

extension SpecField {
    /// The pointer of the node the field is: its parameter, else its schema.
    var pointer: [String]? { self.parameter?.pointer ?? self.schema?.pointer }

    /// The field's `x-source`: on the parameter itself, or on the property's schema.
    var source: SourceExtension? {
        if let parameter = self.parameter { return parameter.extensions.source }
        return self.schema?.extensions.source
    }
}
