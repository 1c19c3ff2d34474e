/// Loads a spec folder: reads and merges its files into one tree.
///
/// Loading reports every problem it can find in one go: the syntax errors of every file, every bad
/// `$ref`, every duplicate path.
public struct SpecLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Reads and merges a spec folder.
    ///
    /// - Parameter directory: The spec folder, as it should appear in diagnostics (e.g. `spec/alibaba-ack`).
    /// - Returns: The merged tree (nil when there is no usable root document) and every problem found.
    public func assemble(directory: String) -> (spec: AssembledSpec?, diagnostics: [Diagnostic]) {
        var assembler = SpecAssembler(directory: directory)
        let spec = assembler.assemble()
        return (spec, assembler.diagnostics.sortedByLocation())
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
