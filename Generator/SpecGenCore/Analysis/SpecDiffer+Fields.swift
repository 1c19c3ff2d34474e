/// Field-level comparison: presence, type, required flag, enum values, defaults and constraints.
extension SpecDiffer {
    /// Changes between two field lists. `isInput` says whether clients send the fields (requests, shapes
    /// used in them) and `readsAnswers` whether they are decoded from answers (responses, shapes used
    /// in them), which decides whether additions and requirement changes break callers.
    func fieldChanges(
        _ old: [FieldModel], _ new: [FieldModel], subject: String, isInput: Bool, readsAnswers: Bool = false
    ) -> [Finding] {
        var changes: [Finding] = []
        let before = Dictionary(old.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        for wire in Set(before.keys).union(after.keys) {
            let path = "\(subject).\(wire)"
            switch (before[wire], after[wire]) {
            case (let field?, nil):
                changes.append(
                    Finding(
                        .init(
                            subject: path, kind: "field-removed", impact: .breaking,
                            detail: "field \(field.swiftName) removed"), from: field))
            case (nil, let field?):
                let required = isInput && field.isRequired
                let change = SpecDiff.Change(
                    subject: path, kind: required ? "required-field-added" : "field-added",
                    impact: required ? .breaking : .nonBreaking,
                    detail:
                        "new \(required ? "required" : "optional") field \(field.swiftName): \(self.spelling(field.type, self.headTypes))"
                )
                changes.append(Finding(change, from: field))
            case (let oldField?, let newField?):
                changes += self.fieldChanges(
                    oldField, newField, subject: path, isInput: isInput, readsAnswers: readsAnswers
                ).map { Finding($0, from: newField) }
            case (nil, nil): break
            }
        }
        return changes
    }

    private func fieldChanges(
        _ old: FieldModel, _ new: FieldModel, subject: String, isInput: Bool, readsAnswers: Bool
    ) -> [SpecDiff.Change] {
        var changes: [SpecDiff.Change] = []
        let oldType = self.spelling(old.type.unwrapped, self.baseTypes)
        let newType = self.spelling(new.type.unwrapped, self.headTypes)
        if oldType != newType {
            changes.append(
                .init(
                    subject: subject, kind: "field-type-changed", impact: .breaking,
                    detail: "type \(oldType) -> \(newType)"))
        }
        if old.swiftName != new.swiftName {
            changes.append(
                .init(
                    subject: subject, kind: "field-renamed", impact: .breaking,
                    detail: "Swift name \(old.swiftName) -> \(new.swiftName)"))
        }
        if old.location != new.location {
            changes.append(
                .init(
                    subject: subject, kind: "field-moved", impact: .breaking,
                    detail: "sent in \(old.location.rawValue) -> \(new.location.rawValue)"))
        }
        let propertyChanges = readsAnswers && self.propertyTypeChanges(old, new)
        if old.isRequired != new.isRequired {
            // A field clients send becoming required breaks them; so does a field read from answers whose
            // Swift property changes with it (only a list: other fields read from answers are optional).
            let breaks = (isInput && new.isRequired) || propertyChanges
            changes.append(
                .init(
                    subject: subject, kind: new.isRequired ? "field-now-required" : "field-now-optional",
                    impact: breaks ? .breaking : .nonBreaking,
                    detail: new.isRequired ? "optional -> required" : "required -> optional"))
        }
        changes += self.typeListChanges(
            old, new, subject: subject, isInput: isInput, propertyTypeChanges: propertyChanges)
        changes += self.valueChanges(old.constraints.allowedValues, new.constraints.allowedValues, subject: subject)
        if old.defaultValue != new.defaultValue {
            changes.append(
                .init(
                    subject: subject, kind: "default-changed", impact: .nonBreaking,
                    detail: "default \(old.defaultValue ?? "none") -> \(new.defaultValue ?? "none")"))
        }
        var oldConstraints = old.constraints
        var newConstraints = new.constraints
        oldConstraints.allowedValues = []
        newConstraints.allowedValues = []
        if oldConstraints != newConstraints {
            changes.append(
                .init(
                    subject: subject, kind: "constraints-changed", impact: .nonBreaking,
                    detail: "constraints \(Self.describe(oldConstraints)) -> \(Self.describe(newConstraints))"))
        }
        if old.description != new.description {
            changes.append(
                .init(
                    subject: subject, kind: "field-documentation-changed", impact: .documentation,
                    detail: "description changed"))
        }
        return changes
    }

    /// Whether the Swift property of a field read from answers has another type in the head.
    private func propertyTypeChanges(_ old: FieldModel, _ new: FieldModel) -> Bool {
        let before = self.spelling(self.baseTypes.decodedFromAnswers(old).type, self.baseTypes)
        let after = self.spelling(self.headTypes.decodedFromAnswers(new).type, self.headTypes)
        return before != after
    }

    /// Enum values: removing one narrows what clients may send (breaking); adding one is fine
    /// because generated enums and value lists are extensible.
    func valueChanges(_ old: [String], _ new: [String], subject: String) -> [SpecDiff.Change] {
        let removed = old.filter { !new.contains($0) }
        let added = new.filter { !old.contains($0) }
        var changes: [SpecDiff.Change] = []
        if !removed.isEmpty {
            changes.append(
                .init(
                    subject: subject, kind: "enum-values-removed", impact: .breaking,
                    detail: "enum values removed: \(removed.joined(separator: ", "))"))
        }
        if !added.isEmpty {
            changes.append(
                .init(
                    subject: subject, kind: "enum-values-added", impact: .nonBreaking,
                    detail: "enum values added: \(added.joined(separator: ", "))"))
        }
        return changes
    }

    private static func describe(_ constraints: FieldConstraints) -> String {
        var parts: [String] = []
        if let value = constraints.minLength { parts.append("minLength \(value)") }
        if let value = constraints.maxLength { parts.append("maxLength \(value)") }
        if let value = constraints.pattern { parts.append("pattern \(value)") }
        if let value = constraints.minimum { parts.append("minimum \(value)") }
        if let value = constraints.maximum { parts.append("maximum \(value)") }
        if let value = constraints.minItems { parts.append("minItems \(value)") }
        if let value = constraints.maxItems { parts.append("maxItems \(value)") }
        if let value = constraints.uniqueBy { parts.append("uniqueBy \(value)") }
        if let value = constraints.format { parts.append("format \(value)") }
        return parts.isEmpty ? "none" : "{" + parts.joined(separator: ", ") + "}"
    }
}
