/// Checks where each operation and field comes from, in a folder with an SDK index (`sdk-index/`): one
/// the vendor reference documents is in the docs index; any other says, in
/// `x-source: {sdk: <package> <version>}`, which SDK it was taken from, and that SDK's index lists it
/// (fields: ``fieldDiagnostics(reference:sdk:)``).
///
/// So every operation is backed by one of the two sources, and an operation added by hand without
/// either fails lint at its `operationId`. A folder without an SDK index has one source, whose coverage
/// report lists the operations it lacks; there only an `x-source` with nothing to check is an error.
struct SourceCheck {
    let document: SpecDocument

    /// The problems, in spec order.
    ///
    /// - Parameters:
    ///   - reference: The docs index.
    ///   - sdk: The SDK index, when the folder has one.
    func diagnostics(reference: DocsIndex, sdk: DocsIndex?) -> [Diagnostic] {
        let documented = Set(reference.entries.map(\.operation))
        let inSDK = Set(sdk?.entries.map(\.operation) ?? [])
        let expected = sdk?.sources.first.map { "'x-source: {sdk: \($0)}'" } ?? "'x-source: {sdk: <package> <version>}'"
        var result: [Diagnostic] = []
        for operation in self.document.operations {
            guard let name = operation.operationID else { continue }
            let at = self.location(of: operation.pointer + ["operationId"])
            guard let source = operation.source else {
                if sdk != nil, !documented.contains(name) {
                    result.append(
                        .error(
                            "operation '\(name)' is not in the reference's docs index; say where it comes from with \(expected)",
                            at: at))
                }
                continue
            }
            guard let named = source.sdk else { continue }  // reading reported the shape
            let sourceAt = self.location(of: source.pointer)
            if let problem = self.problem(naming: named, at: sourceAt, sdk: sdk) {
                result.append(problem)
            } else if !inSDK.contains(name) {
                result.append(.error("operation '\(name)' is not in the SDK index of '\(named)'", at: sourceAt))
            }
        }
        return (result + self.fieldDiagnostics(reference: reference, sdk: sdk)).sortedByLocation()
    }

    /// What is wrong with an `x-source` naming an SDK: the folder has no SDK index, or its index was
    /// extracted from another SDK; nil when it names the index's.
    func problem(naming named: String, at location: SourceLocation, sdk: DocsIndex?) -> Diagnostic? {
        guard let sdk else {
            return .error(
                "'x-source' names the SDK '\(named)', but the folder has no sdk-index/ to check it against",
                at: location)
        }
        guard sdk.sources.contains(named) else {
            return .error(
                "'x-source' names '\(named)'; the SDK index was extracted from '\(sdk.sources.joined(separator: "', '"))'",
                at: location)
        }
        return nil
    }

    func location(of pointer: [String]) -> SourceLocation {
        self.document.location(of: pointer) ?? SourceLocation(file: self.document.directory, line: 1, column: 1)
    }
}
