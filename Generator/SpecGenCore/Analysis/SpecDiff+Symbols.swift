/// The public Swift API of a generated module, read from the translator's output so names come
/// from the one place that makes them.
extension SpecDiff {
    /// Public declarations of the module generated from a model, keyed by qualified name (functions
    /// by name and argument labels), valued by their signature.
    ///
    /// For example `ACK.DescribeClusterRequest.clusterID` maps to
    /// `ACK.DescribeClusterRequest.clusterID: Swift.String` and `ACKClient.describeCluster(_:)` to
    /// `ACKClient.describeCluster(_: ACK.DescribeClusterRequest) async throws -> ACK.DescribeClusterResponse`.
    static func publicSymbols(of model: ServiceModel) -> [String: String] {
        var symbols: [String: String] = [:]
        let collector = SymbolCollector()
        for file in Translator(model: model).translate() {
            for declaration in file.declarations {
                collector.collect(declaration, in: nil, into: &symbols)
            }
        }
        return symbols
    }

    /// Added, removed and changed public symbols between two models, sorted by symbol.
    static func symbolChanges(base: ServiceModel, head: ServiceModel) -> [SymbolChange] {
        let before = Self.publicSymbols(of: base)
        let after = Self.publicSymbols(of: head)
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            switch (before[key], after[key]) {
            case (let old?, nil): SymbolChange(symbol: key, change: "removed", before: old, after: nil)
            case (nil, let new?): SymbolChange(symbol: key, change: "added", before: nil, after: new)
            case (let old?, let new?) where old != new:
                SymbolChange(symbol: key, change: "changed", before: old, after: new)
            default: nil
            }
        }
    }
}

/// Walks SwiftIR declarations and records the public ones.
private struct SymbolCollector {
    let renderer = SwiftRenderer()

    func collect(_ declaration: Declaration, in parent: String?, into symbols: inout [String: String]) {
        func qualified(_ name: String) -> String { parent.map { "\($0).\(name)" } ?? name }
        switch declaration {
        case .documented(_, let inner):
            self.collect(inner, in: parent, into: &symbols)
        case .extension(let decl):
            for member in decl.members { self.collect(member, in: decl.extendedType, into: &symbols) }
        case .struct(let decl) where decl.access == .public:
            let name = qualified(decl.name)
            symbols[name] = "struct \(name)"
            for member in decl.members { self.collect(member, in: name, into: &symbols) }
        case .enum(let decl) where decl.access == .public:
            let name = qualified(decl.name)
            symbols[name] = "enum \(name)"
            for enumCase in decl.cases {
                let caseName = "\(name).\(enumCase.name)"
                symbols[caseName] = "case \(caseName)" + (enumCase.rawValue.map { " = \"\($0)\"" } ?? "")
            }
        case .variable(let decl) where decl.access == .public:
            let name = qualified(decl.name)
            symbols[name] =
                (decl.isStatic ? "static " : "") + name + (decl.type.map { ": \(self.renderer.type($0))" } ?? "")
        case .function(let decl) where decl.access == .public:
            let base: String
            switch decl.kind {
            case .initializer: base = "init"
            case .function(let functionName): base = functionName
            }
            let labels = decl.parameters.map { "\($0.label ?? $0.name):" }.joined()
            let parameters = decl.parameters.map { "\($0.label ?? $0.name): \(self.renderer.type($0.type))" }
            var signature = "\(qualified(base))(\(parameters.joined(separator: ", ")))"
            if decl.isAsync { signature += " async" }
            if decl.isThrowing { signature += " throws" }
            if let result = decl.returnType { signature += " -> \(self.renderer.type(result))" }
            symbols[qualified("\(base)(\(labels))")] = signature
        case .typeAlias(let access, let name, let type) where access == .public:
            symbols[qualified(name)] = "typealias \(qualified(name)) = \(self.renderer.type(type))"
        default:
            break
        }
    }
}
