/// Deciding, at the end of a record's path, whether the spec contradicts the record and how to edit it.
extension DriftResolver {
    /// Judges a record at the position its path leads to.
    func judge(_ record: DriftRecord, at position: Position) -> DriftResolution {
        switch (record.kind, position) {
        case (.unknownField, .unknownMember(let name, let object, let label)):
            let properties = self.spec.node(at: object)?.pair(for: "properties")?.key.location
            return .contradicts(
                DriftContradiction(
                    location: properties ?? self.spec.location(of: object), subject: label, member: name,
                    specType: "object",
                    edit: .addProperty(object: object, name: name, observed: record.observed ?? .null)))
        case (.unknownField, .value(_, .some, _, _)):
            return .allowed
        case (_, .unknownMember(let name, _, let label)):
            return .unmatched("'\(label)' has no property '\(name)'")
        case (_, .object(_, _, let label)):
            return .unmatched("the path ends at '\(label)' itself, not at a field")
        case (.unknownField, .value(_, nil, _, let label)):
            return .unmatched("the path ends at '\(label)', not at a member")
        case (.unknownEnumValue, .value(let type, let field, let pointer, let label)):
            return self.judgeEnumValue(record.value ?? "", type: type, field: field, pointer: pointer, label: label)
        case (_, .value(let type, let field, let pointer, let label)):
            let allowed = self.jsonTypes(of: type, field: field)
            let contradiction = DriftContradiction(
                location: self.spec.location(of: pointer), subject: label, member: nil,
                specType: Self.describe(allowed), edit: .manual(""))
            return self.judgeValue(record, allowed: allowed, field: field, pointer: pointer, contradiction)
        }
    }

    private func judgeValue(
        _ record: DriftRecord, allowed: [JSONType]?, field: FieldModel?, pointer: [String],
        _ contradiction: DriftContradiction
    ) -> DriftResolution {
        var contradiction = contradiction
        let label = contradiction.subject
        switch record.kind {
        case .coercedType, .unreadableValue:
            let observed = record.observed ?? .null
            if allowed?.contains(observed) ?? true { return .allowed }
            let primary = allowed?.first ?? .object
            if record.kind == .unreadableValue {
                contradiction.edit = .manual(
                    "the server sent \(observed.rawValue), which cannot be read as \(primary.rawValue); "
                        + "decide which is right and edit the schema by hand")
            } else if field == nil {
                contradiction.edit = .manual("a list's elements cannot declare several types; edit the schema by hand")
            } else if !Self.isScalar(observed) || !Self.isScalar(primary) {
                contradiction.edit = .manual(
                    "a field combines scalar types only (string, integer, number, boolean); edit the schema by hand")
            } else {
                contradiction.edit = .widenType(field: pointer, adding: observed)
            }
        case .unexpectedNull:
            if allowed?.contains(.null) ?? true { return .allowed }
            contradiction.edit =
                field == nil
                ? .manual("a list's elements cannot be made nullable here; edit the schema by hand")
                : .widenType(field: pointer, adding: .null)
        case .missingRequiredField:
            guard let field else { return .unmatched("the path ends at '\(label)', not at a field") }
            guard field.isRequired else { return .allowed }
            let isProperty = pointer.count >= 2 && pointer[pointer.count - 2] == "properties"
            contradiction.edit =
                isProperty
                ? .removeRequired(object: Array(pointer.dropLast(2)), name: field.wireName)
                : .manual("'\(label)' is not a property of an object schema; edit the spec by hand")
        case .unknownDateForm:
            contradiction.edit = .manual(
                "the server wrote '\(label)' in a date form the SDK does not read; the text is kept, so "
                    + "report the form, or drop 'format: date-time' to read it as text")
        case .unknownField, .unknownEnumValue:
            return .allowed
        }
        return .contradicts(contradiction)
    }

    private func judgeEnumValue(
        _ value: String, type: TypeReference, field: FieldModel?, pointer: [String], label: String
    ) -> DriftResolution {
        if case .shape(let name) = type.unwrapped, let shape = self.spec.model.shape(named: name),
            case .stringEnum(let cases) = shape.kind
        {
            if cases.contains(where: { $0.value == value }) { return .allowed }
            let schema = SourceMap.components(shape.origin.pointer)
            return .contradicts(
                DriftContradiction(
                    location: self.spec.location(of: schema), subject: label, member: nil, specType: "string",
                    edit: .addEnumValue(schema: schema, value: value)))
        }
        let listed = field?.constraints.allowedValues ?? []
        guard !listed.isEmpty, !listed.contains(value) else { return .allowed }
        return .contradicts(
            DriftContradiction(
                location: self.spec.location(of: pointer), subject: label, member: nil,
                specType: Self.describe(self.jsonTypes(of: type, field: field)),
                edit: .manual("'\(label)' lists numbers; add the value to its 'enum' by hand")))
    }

    static func isScalar(_ type: JSONType) -> Bool {
        [.string, .integer, .number, .boolean].contains(type)
    }

    /// `integer`, `integer or string`; `any JSON value` for free-form JSON. `null` is left out.
    static func describe(_ types: [JSONType]?) -> String {
        guard let types else { return "any JSON value" }
        let names = types.filter { $0 != .null }.map(\.rawValue)
        return names.count <= 1
            ? names.first ?? "null" : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}
