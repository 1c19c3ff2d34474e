extension SpecDiffer {
    /// A removed name and an added one that are most likely the same thing renamed.
    struct Rename {
        var old: String
        var new: String
    }

    /// Operations removed and added with the same route (ROA method and path): renamed. RPC actions are
    /// named by their action, so a new name is a new action.
    func operationRenames(removed: [OperationModel], added: [OperationModel]) -> [Rename] {
        let route = { (operation: OperationModel) -> String? in
            guard case .roa = operation.invocation else { return nil }
            return Self.describe(operation.invocation)
        }
        return Self.pairs(removed, added, removedKey: route, addedKey: route).map { Rename(old: $0.name, new: $1.name) }
    }

    /// Shapes removed and added with the same declaration (the same fields with the same types, the same
    /// enum values, the same aliased type): renamed.
    func shapeRenames(removed: [ShapeModel], added: [ShapeModel]) -> [Rename] {
        // Each side's types are spelled as that side's model declares them.
        Self.pairs(
            removed, added, removedKey: { self.fingerprint($0, translator: self.baseTypes) },
            addedKey: { self.fingerprint($0, translator: self.headTypes) }
        ).map { Rename(old: $0.name, new: $1.name) }
    }

    /// Each removed element with the one added element of the same key, when that key is unique on
    /// both sides.
    private static func pairs<Element>(
        _ removed: [Element], _ added: [Element], removedKey: (Element) -> String?, addedKey: (Element) -> String?
    ) -> [(Element, Element)] {
        var removedByKey: [String: [Element]] = [:]
        for element in removed { if let key = removedKey(element) { removedByKey[key, default: []].append(element) } }
        var addedByKey: [String: [Element]] = [:]
        for element in added { if let key = addedKey(element) { addedByKey[key, default: []].append(element) } }
        return removedByKey.compactMap { key, olds in
            guard olds.count == 1, let news = addedByKey[key], news.count == 1 else { return nil }
            return (olds[0], news[0])
        }
    }

    /// A shape's declaration, without its name.
    private func fingerprint(_ shape: ShapeModel, translator: Translator) -> String {
        switch shape.kind {
        case .structure(let fields):
            "structure "
                + fields.map { "\($0.wireName): \(self.spelling($0.type, translator))" }.sorted()
                .joined(separator: ", ")
        case .stringEnum(let values):
            "enum " + values.map(\.value).sorted().joined(separator: ", ")
        case .alias(let type):
            "alias " + self.spelling(type, translator)
        }
    }

    /// Where a changed shape reaches: the operations whose request or response contains it, before or after.
    func reach(of shape: String) -> String {
        let operations = Set(self.baseReach[shape] ?? []).union(self.headReach[shape] ?? []).sorted()
        guard !operations.isEmpty else { return "" }
        return "; reaches \(operations.joined(separator: ", "))"
    }
}
