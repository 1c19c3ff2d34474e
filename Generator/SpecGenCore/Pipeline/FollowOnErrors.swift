/// Tells the errors of later stages (reading, lowering) that only restate an error a validation rule
/// already reported: one at the same place, or about a node that holds the place of a rule's error
/// (lowering says "'x-pagination.next' does not fit" at the extension, the rule says why at its `next:`).
struct FollowOnErrors {
    /// Every node of the tree by its start; several nodes may start at one place (a mapping and its first key).
    private var nodes: [SourceLocation: [YAMLNode]] = [:]
    /// Where the rules reported errors.
    private let reported: Set<SourceLocation>

    init(tree: YAMLNode, reported: [Diagnostic]) {
        self.reported = Set(reported.filter { $0.severity == .error }.compactMap(\.location))
        // A clean spec (every build that succeeds) has nothing to compare with: skip the walk.
        if !self.reported.isEmpty { self.index(tree) }
    }

    private mutating func index(_ node: YAMLNode) {
        self.nodes[node.location, default: []].append(node)
        switch node.content {
        case .scalar: break
        case .sequence(let items): items.forEach { self.index($0) }
        case .mapping(let pairs):
            for pair in pairs {
                self.index(pair.key)
                self.index(pair.value)
            }
        }
    }

    /// Whether a later stage's diagnostic restates a rule's error.
    func isFollowOn(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == .error, let location = diagnostic.location, !self.reported.isEmpty else {
            return false
        }
        if self.reported.contains(location) { return true }
        return (self.nodes[location] ?? []).contains { self.holdsReportedError($0) }
    }

    private func holdsReportedError(_ node: YAMLNode) -> Bool {
        if self.reported.contains(node.location) { return true }
        switch node.content {
        case .scalar: return false
        case .sequence(let items): return items.contains { self.holdsReportedError($0) }
        case .mapping(let pairs):
            return pairs.contains { self.reported.contains($0.key.location) || self.holdsReportedError($0.value) }
        }
    }
}
