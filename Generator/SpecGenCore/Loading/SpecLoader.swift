import OpenAPIKit

/// Loads a spec folder: reads and merges its files, then decodes the result as an OpenAPI 3.1 document.
///
/// Loading reports every problem it can find in one go: the syntax errors of every file, every bad
/// `$ref`, every duplicate path; decoding runs only when the merge succeeded, and reports the first
/// problem OpenAPIKit meets, placed on the node it is about.
public struct SpecLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Reads and merges a spec folder without decoding it.
    ///
    /// - Parameter directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    /// - Returns: The merged tree (nil when there is no usable root document) and every problem found.
    public func assemble(directory: String) -> (spec: AssembledSpec?, diagnostics: [Diagnostic]) {
        var assembler = SpecAssembler(directory: directory)
        let spec = assembler.assemble()
        return (spec, assembler.diagnostics.sortedByLocation())
    }

    /// Decodes an assembled spec as an OpenAPI document.
    ///
    /// - Throws: ``DiagnosticsError`` with the decoding problem at the node it concerns.
    public func decode(_ spec: AssembledSpec) throws(DiagnosticsError) -> LoadedSpec {
        do {
            let document = try YAMLNodeDecoder().decodeRaw(OpenAPI.Document.self, from: spec.root)
            return LoadedSpec(
                directory: spec.directory, document: document, sourceMap: spec.sourceMap,
                typeLists: SchemaTypeLists.collect(in: spec.root))
        } catch {
            throw DiagnosticsError([OpenAPIDecodingFailure(error).diagnostic(root: spec.root)])
        }
    }

    /// Loads a spec folder into one OpenAPI document with its source map.
    ///
    /// - Parameter directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    /// - Returns: The merged, decoded document.
    /// - Throws: ``DiagnosticsError`` with every error found (and the warnings found with them).
    public func load(directory: String) throws(DiagnosticsError) -> LoadedSpec {
        let (spec, diagnostics) = self.assemble(directory: directory)
        guard let spec, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        return try self.decode(spec)
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; diagnostics without a location first; stable otherwise.
    public func sortedByLocation() -> [Diagnostic] {
        self.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l == r ? lhs.offset < rhs.offset : l < r
            }
        }.map(\.element)
    }
}
