/// Comparison of what a field's `type` list allows besides its Swift type: alternative JSON types and
/// `null`.
extension SpecDiffer {
    /// Alternative types and nullability added or removed.
    ///
    /// Allowing more is compatible: the client reads more answers without reporting drift, and a request
    /// may carry more. Allowing less breaks where it narrows what a request may send; on the response
    /// side it only makes the client report answers it used to read quietly. The exception is `null`
    /// added to a required list read from answers: its Swift property becomes optional.
    /// - Parameter propertyTypeChanges: Whether the field's Swift property, as read from answers, changes type.
    func typeListChanges(
        _ old: FieldModel, _ new: FieldModel, subject: String, isInput: Bool, propertyTypeChanges: Bool
    ) -> [SpecDiff.Change] {
        var changes: [SpecDiff.Change] = []
        let added = new.alternativeTypes.filter { !old.alternativeTypes.contains($0) }
        let removed = old.alternativeTypes.filter { !new.alternativeTypes.contains($0) }
        if !added.isEmpty {
            changes.append(
                .init(
                    subject: subject, kind: "alternative-types-added", impact: .nonBreaking,
                    detail: "also accepts \(Self.names(added))"))
        }
        if !removed.isEmpty {
            changes.append(
                .init(
                    subject: subject, kind: "alternative-types-removed", impact: isInput ? .breaking : .nonBreaking,
                    detail: "no longer accepts \(Self.names(removed))"))
        }
        if !old.isNullable, new.isNullable {
            let optionalNow = propertyTypeChanges
            changes.append(
                .init(
                    subject: subject, kind: "nullable-added", impact: optionalNow ? .breaking : .nonBreaking,
                    detail: optionalNow ? "may be null; the Swift property becomes optional" : "may be null"))
        }
        if old.isNullable, !new.isNullable {
            changes.append(
                .init(
                    subject: subject, kind: "nullable-removed", impact: isInput ? .breaking : .nonBreaking,
                    detail: "may no longer be null"))
        }
        return changes
    }

    private static func names(_ types: [JSONType]) -> String {
        types.map(\.rawValue).joined(separator: ", ")
    }
}
