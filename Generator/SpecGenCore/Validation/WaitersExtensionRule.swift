/// `x-waiters` on the operation a waiter polls: each waiter's name, timing and acceptors, checked
/// against the operation's response.
///
/// ```yaml
/// x-waiters:
///   ClusterRunning:
///     summary: Waits until the cluster runs.
///     interval: 15                  # seconds between polls
///     timeout: 1800                 # seconds
///     acceptors:
///       - {match: state, equals: running, result: success}
///       - {match: ClusterSet.Status, elements: any, equals: error, result: failure}
///       - {error: ErrorClusterNotFound, result: retry}
///       - {status: 404, result: success}
/// ```
///
/// The rule checks: waiter names are unique in the service and spelled as Swift type names
/// (`ClusterRunning`); `interval` and `timeout` are positive whole seconds with `timeout ≥ interval`;
/// each acceptor has exactly one of `match`, `error` or `status` and a `result` of `success`,
/// `failure` or `retry`; `match` names a scalar response field (through at most one list, then
/// `elements: all | any` says how the list matches); `equals` has the field's type and, for an
/// enum, is one of its values; every waiter has a success acceptor.
struct WaitersExtensionRule: ValidationRule {
    let name = "x-waiters"
    static let waiterKeys = ["summary", "interval", "timeout", "acceptors"]
    static let acceptorKeys = ["match", "equals", "elements", "error", "status", "result"]

    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        let tree = SpecTree(spec.root)
        var diagnostics: [Diagnostic] = []
        var seen: [String: YAMLNode] = [:]
        for site in tree.operations {
            guard let node = site.operation[VendorExtension.waiters] else { continue }
            guard let pairs = node.pairs, !pairs.isEmpty else {
                diagnostics.append(
                    .error(
                        "'x-waiters' must map waiter names to waiters, found \(node.kindDescription)", at: node.location
                    ))
                continue
            }
            for pair in pairs {
                guard let name = pair.key.text else { continue }
                if !SwiftName.isTypeIdentifier(name) {
                    diagnostics.append(
                        .error(
                            "waiter name '\(name)' must start with an upper-case letter and hold only letters and digits",
                            at: pair.key.location))
                }
                if let first = seen[name] {
                    diagnostics.append(
                        .error(
                            "duplicate waiter '\(name)'", at: pair.key.location,
                            notes: [.note("'\(name)' is first declared here", at: first.location)]))
                } else {
                    seen[name] = pair.key
                }
                var check = WaiterCheck(tree: tree, site: site)
                check.run(pair.value, name: name)
                diagnostics += check.diagnostics
            }
        }
        return diagnostics
    }

    /// The names and polled operations of every waiter of the spec.
    static func declaredWaiters(_ tree: SpecTree) -> [String: SpecTree.OperationSite] {
        var result: [String: SpecTree.OperationSite] = [:]
        for site in tree.operations {
            for pair in site.operation[VendorExtension.waiters]?.pairs ?? [] {
                if let name = pair.key.text, result[name] == nil { result[name] = site }
            }
        }
        return result
    }
}
