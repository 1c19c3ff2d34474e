extension RuntimeSymbols {
    /// The runtime protocol of a service's error-code table.
    static let serviceErrorCode = "ServiceErrorCode"
}

/// `<Name>.ErrorCode`: the vendor's documented error codes (`x-errors`) as an extensible enum, and the
/// endpoint templates of the service descriptor.
extension Translator {
    /// `EndpointTemplate("https://...", defaultRegion: "...")`, naming the choice unless it is the
    /// runtime's default (`regional`).
    func endpointTemplate(_ endpoint: EndpointModel) -> Expression {
        var arguments: [Expression.Argument] = [
            .init(nil, .string(endpoint.template)), .init("defaultRegion", .string(endpoint.defaultRegion)),
        ]
        if endpoint.choice != "regional" {
            // The runtime names the common choices; any other is spelled out.
            let choice: Expression =
                RuntimeSymbols.endpointChoices.contains(endpoint.choice)
                ? .dot(endpoint.choice)
                : .call(.identifier(RuntimeSymbols.endpointChoice), [.init("rawValue", .string(endpoint.choice))])
            arguments.append(.init("choice", choice))
        }
        if !endpoint.regionURLs.isEmpty {
            let elements = endpoint.regionURLs.sorted { $0.key < $1.key }.map {
                Expression.DictionaryElement(.string($0.key), .string($0.value))
            }
            arguments.append(.init("regionURLs", .dictionary(elements)))
        }
        return .call(.identifier(RuntimeSymbols.endpointTemplate), arguments)
    }

    /// The error-code type, or nothing when the spec documents no errors.
    func errorCodeDeclarations() -> [Declaration] {
        let codes = self.model.errorCodes
        guard !codes.isEmpty else { return [] }
        let name = Lowering.errorCodeTypeName
        var members: [Declaration] = [
            .documented(
                ["The code as the service sends it."],
                .variable(VariableDeclaration(name: "rawValue", type: .named("Swift.String")))),
            .documented(
                ["Creates a code; codes the spec does not list are kept as they are."],
                .function(
                    FunctionDeclaration(
                        kind: .initializer, parameters: [.init(name: "rawValue", type: .named("Swift.String"))],
                        body: [.assignment(.selfMember("rawValue"), .identifier("rawValue"))]))),
        ]
        members += codes.map { code in
            .documented(
                Self.errorCodeDoc(code),
                .variable(
                    VariableDeclaration(
                        isStatic: true, isMutable: false, name: code.swiftName,
                        value: .call(.identifier(name), [.init("rawValue", .string(code.code))]))))
        }
        members.append(self.allCasesProperty(name, codes.map(\.swiftName), summary: "The codes the spec lists."))
        let doc = [
            "The error codes \(self.model.title) documents for every operation.", "",
            "Compare a ``\(RuntimeSymbols.serviceError)``'s code with them "
                + "(`error.code == \(self.model.name).\(name).\(codes[0].swiftName)`), or read the code of any "
                + "error with `\(self.model.name).\(name)(error)`. Codes the spec does not list are kept as they are.",
            "",
            "- Remark: Generated from \(self.model.specPath)/openapi.yaml, `#/\(VendorExtension.errors)`.",
        ]
        return [
            .extension(
                ExtensionDeclaration(
                    extendedType: self.model.name,
                    members: [
                        .documented(
                            doc,
                            .struct(
                                StructDeclaration(
                                    name: name, conformances: [RuntimeSymbols.serviceErrorCode], members: members)))
                    ]))
        ]
    }

    /// The description and HTTP status of a code; a list of both when rows repeat the code.
    static func errorCodeDoc(_ code: ErrorCodeModel) -> [String] {
        if code.entries.count == 1, let entry = code.entries.first {
            return Self.paragraphs([
                Self.lines(entry.description).isEmpty ? ["`\(code.code)`."] : Self.lines(entry.description),
                ["HTTP \(entry.status); the service says: \"\(entry.message)\""],
            ])
        }
        let items = code.entries.map { entry in
            let meaning = Self.lines(entry.description).joined(separator: " ")
            return "- HTTP \(entry.status), \"\(entry.message)\"" + (meaning.isEmpty ? "" : ": \(meaning)")
        }
        return Self.paragraphs([["`\(code.code)`, which the service sends in \(code.entries.count) cases:"], items])
    }
}
