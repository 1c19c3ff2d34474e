extension YAMLNode {
    /// Visits every mapping in the tree, this node's first, depth first in document order.
    ///
    /// The visitor returns the keys whose values it has dealt with; the walk does not descend into
    /// those values (a rule that reported `x-json-string: maybe` need not look inside it).
    func forEachMapping(_ visit: ([Pair]) -> Set<String>) {
        switch self.content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { item.forEachMapping(visit) }
        case .mapping(let pairs):
            let handled = visit(pairs)
            for pair in pairs where !(pair.key.scalarValue.map(handled.contains) ?? false) {
                pair.value.forEachMapping(visit)
            }
        }
    }
}
