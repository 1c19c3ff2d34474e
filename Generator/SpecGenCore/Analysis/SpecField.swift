/// The spec's side of a documented parameter or field: the node a docs-index name resolves to.
struct SpecField {
    /// The wire name of the last path component (`NodeRole` for `InstanceSet.NodeRole`).
    var name: String
    /// The parameter, when the name is one itself.
    var parameter: SpecDocument.Parameter?
    /// The field's own schema as written: the parameter's `schema`, or the property's.
    var schema: SpecSchema?
    /// Whether the field must be sent: the parameter's `required`, or its owner's `required` list.
    var isRequired: Bool

    /// The `x-reference` that records the reference's form of this field: on the parameter itself, or on
    /// the property's schema.
    var reference: ReferenceExtension? {
        if let parameter = self.parameter { return parameter.extensions.reference }
        return self.schema?.extensions.reference
    }

    /// Whether the value travels as JSON text (`x-json-string`), which makes it a string on the wire.
    var isJSONString: Bool {
        self.parameter?.extensions.isJSONString == true || self.schema?.extensions.isJSONString == true
    }
}

extension DocsIndexResolver {
    /// What the spec says of one attribute of a field, in the form the reference's value is compared in;
    /// nil when the spec says nothing of it.
    ///
    /// Values come from the field's schema or, when it does not write one, from what it references. For a
    /// list, `enum`, the number bounds and the text lengths describe its elements when the list itself
    /// gives none, as references describe the values of a `.N` parameter.
    func value(of attribute: ReferenceAttribute, for field: SpecField) -> ReferenceValue? {
        let own = field.schema.map(self.chain(of:)) ?? []
        let kind = field.isJSONString ? .string : own.lazy.compactMap(\.nonNullKind).first
        let elements = kind == .array ? own.lazy.compactMap(\.items).first.map(self.chain(of:)) ?? [] : []
        func first<Value>(_ read: (SpecSchema) -> Value?) -> Value? {
            own.lazy.compactMap(read).first ?? elements.lazy.compactMap(read).first
        }
        switch attribute {
        case .type:
            return kind.map(ReferenceValue.type)
        case .required:
            return .flag(field.isRequired)
        case .enum:
            // Values added from observed answers are not the reference's business.
            let observed = Set(first(\.extensions.observedValues) ?? [])
            return first(\.enumValues).map {
                .values(
                    $0.filter { !observed.contains($0.text ?? "") }.map { ReferenceValue.canonical($0.resolvedScalar) })
            }
        case .default:
            guard let node = own.lazy.compactMap(\.defaultValue).first, node.scalarValue != nil else { return nil }
            return .scalar(ReferenceValue.canonical(node.resolvedScalar))
        case .minimum:
            return first(\.minimum).map { .number(Self.inclusive($0, step: 1, integer: self.isInteger(own, elements))) }
        case .maximum:
            return first(\.maximum).map {
                .number(Self.inclusive($0, step: -1, integer: self.isInteger(own, elements)))
            }
        case .minLength:
            return first(\.minLength).map(ReferenceValue.count)
        case .maxLength:
            return first(\.maxLength).map(ReferenceValue.count)
        case .minItems:
            return own.lazy.compactMap(\.minItems).first.map(ReferenceValue.count)
        case .maxItems:
            return own.lazy.compactMap(\.maxItems).first.map(ReferenceValue.count)
        case .methods:
            return nil
        }
    }

    /// Whether the bounded values are integers: the field's, or its elements' for a list.
    private func isInteger(_ own: [SpecSchema], _ elements: [SpecSchema]) -> Bool {
        (elements.isEmpty ? own : elements).lazy.compactMap(\.nonNullKind).first == .integer
    }

    /// A bound as the inclusive limit a reference gives: an exclusive integer bound is the next integer
    /// inside it (`exclusiveMinimum: 0` is a minimum of 1).
    private static func inclusive(_ bound: SpecSchema.Bound, step: Double, integer: Bool) -> Double {
        bound.isExclusive && integer ? bound.value + step : bound.value
    }
}

extension SpecSchema {
    /// The kind of value, unless it is only `null`.
    var nonNullKind: JSONType? {
        self.kind == .null ? nil : self.kind
    }
}
