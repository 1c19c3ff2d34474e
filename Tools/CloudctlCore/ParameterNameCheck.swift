import CloudRuntime

/// Refuses parameter names an operation does not have, before anything is built or sent, with the
/// close names the operation does have.
///
/// Without this check a misspelled optional parameter (`--ClusterID` for `--ClusterId`) would be
/// dropped silently by the request's decoding, and the call would run without it.
enum ParameterNameCheck {
    /// Checks every name given on the command line or in `--body`.
    ///
    /// - Parameters:
    ///   - names: The parameter names given.
    ///   - entry: The operation called.
    /// - Throws: ``UsageError`` naming the first unknown parameter and suggesting close ones.
    static func check(_ names: some Sequence<String>, against entry: OperationCatalogEntry) throws(UsageError) {
        // A catalog without parameter descriptions cannot tell; let the typed decoding decide.
        guard !entry.parameters.isEmpty else { return }
        let known = Set(entry.parameters.map(\.name))
        for name in names.sorted() where !known.contains(name) {
            if name == ParameterSet.wholeBodyName {
                // Only a list given as --body lands here: the operation's body is an object.
                throw UsageError(
                    "--body: \(entry.name) takes a JSON object of its parameters, not a list "
                        + "(see: cloudctl <service> \(entry.name) --help)")
            }
            var message = "\(entry.name) has no parameter '--\(name)'"
            let suggestions = EditDistance.suggestions(
                for: name, among: entry.parameters.map(\.name), key: OperationLookup.key)
            if !suggestions.isEmpty {
                message += "; did you mean " + suggestions.map { "'--\($0)'" }.joined(separator: " or ") + "?"
            }
            throw UsageError(message + " (see: cloudctl <service> \(entry.name) --help)")
        }
    }
}
