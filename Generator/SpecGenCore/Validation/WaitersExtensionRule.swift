/// `x-waiters` on the operation a waiter polls, checked against the service and the operation's response.
///
/// The extension's shape (names, timing, acceptors and their keys) is read by ``ExtensionReader``; this
/// rule takes the typed waiters and checks that waiter names are unique in the service, and that each
/// `match` names a scalar field of the success response (through at most one list, and `elements` only
/// then), with `equals` of the field's type and, for an enum, one of its values.
struct WaitersExtensionRule: ValidationRule {
    let name = "x-waiters"

    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        let sites = tree.operations
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for operation in document.operations {
            // In written order, so that the second of two equal names is the one reported.
            for waiter in operation.waiters.sorted(by: { $0.nameLocation < $1.nameLocation }) {
                if let first = seen[waiter.name] {
                    diagnostics.append(
                        .error(
                            "duplicate waiter '\(waiter.name)'", at: waiter.nameLocation,
                            notes: [.note("'\(waiter.name)' is first declared here", at: first)]))
                } else {
                    seen[waiter.name] = waiter.nameLocation
                }
            }
            guard let site = sites.site(at: operation.pointer) else { continue }
            var check = MatchCheck(tree: tree, site: site)
            for acceptor in operation.waiters.flatMap(\.acceptors) {
                check.run(acceptor)
            }
            diagnostics += check.diagnostics
        }
        return diagnostics
    }
}
