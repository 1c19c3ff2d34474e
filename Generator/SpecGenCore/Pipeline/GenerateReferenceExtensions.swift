extension YAMLNode {
    /// The tree with every `$ref` that has `x-` siblings rewritten as `allOf: [{$ref: ...}]` plus those siblings.
    ///
    /// OpenAPIKit decodes a `$ref` schema's sibling keywords (description, default) but drops its vendor
    /// extensions, so `{$ref: NodePara.yaml, x-json-string: true}` would lose the flag. A one-element
    /// `allOf` keeps them, and lowering reads `allOf: [X]` as X. Only generation needs this; the source
    /// map still resolves the moved `$ref` through its parent node.
    func liftingReferenceExtensions() -> YAMLNode {
        switch self.content {
        case .scalar:
            return self
        case .sequence(let items):
            return YAMLNode(.sequence(items.map { $0.liftingReferenceExtensions() }), at: self.location, tag: self.tag)
        case .mapping(let pairs):
            let lifted = pairs.map { Pair(key: $0.key, value: $0.value.liftingReferenceExtensions()) }
            let keys = lifted.compactMap(\.key.scalarValue)
            guard let reference = lifted.first(where: { $0.key.scalarValue == "$ref" }),
                keys.contains(where: { $0.hasPrefix("x-") })
            else {
                return YAMLNode(.mapping(lifted), at: self.location, tag: self.tag)
            }
            let wrapped = YAMLNode.mapping([reference], at: reference.key.location)
            let allOf = Pair(
                key: .scalar("allOf", at: reference.key.location),
                value: .sequence([wrapped], at: reference.key.location))
            let siblings = lifted.filter { $0.key.scalarValue != "$ref" }
            return YAMLNode(.mapping([allOf] + siblings), at: self.location, tag: self.tag)
        }
    }
}
