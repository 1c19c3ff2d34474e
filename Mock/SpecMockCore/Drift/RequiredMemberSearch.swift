import CloudRuntime
import SpecGenCore

/// Finds the member ``ResponseMutation/missingRequiredField`` removes: the first required field
/// in declaration order of the outermost object that holds one.
///
/// "Outermost" is by nesting depth, breadth first: every object one level down is tried before any
/// two levels down, and objects at the same depth in document order (declaration order of the
/// fields leading to them, list elements by index). A required member counts only when it is
/// present, not `null` and not free-form, so its removal is the one drift it causes.
struct RequiredMemberSearch {
    /// A required member found in the answer.
    struct Found {
        /// Where its object is in the answer.
        var objectLocation: [JSONLocationStep]
        /// The field.
        var field: FieldModel
        /// The drift path of the member.
        var path: [ResponseDrift.PathStep]
        /// The member's declared JSON type.
        var declared: String
    }

    private struct Pending {
        var value: JSONValue
        var declared: DeclaredType
        var location: [JSONLocationStep]
        var path: [ResponseDrift.PathStep]
    }

    let types: DeclaredTypes

    /// The member to remove from `body`, declared as `declared`; nil when the answer holds no required member.
    func first(in body: JSONValue, declared: DeclaredType) -> Found? {
        var level = [Pending(value: body, declared: declared, location: [], path: [])]
        while !level.isEmpty {
            var next: [Pending] = []
            for pending in level {
                switch (pending.declared, pending.value) {
                case (.structure(let fields), .object(let members)):
                    if let found = self.required(in: members, fields: fields, at: pending) { return found }
                    for field in fields {
                        guard let member = members[field.wireName] else { continue }
                        next.append(
                            Pending(
                                value: member, declared: self.types.resolve(field.type),
                                location: pending.location + [.member(field.wireName)],
                                path: pending.path + [.member(field.wireName)]))
                    }
                case (.list(let element), .array(let elements)):
                    let elementType = self.types.resolve(element)
                    for (index, item) in elements.enumerated() {
                        next.append(
                            Pending(
                                value: item, declared: elementType, location: pending.location + [.index(index)],
                                path: pending.path + [.element]))
                    }
                default:
                    continue
                }
            }
            level = next
        }
        return nil
    }

    private func required(in members: [String: JSONValue], fields: [FieldModel], at object: Pending) -> Found? {
        for field in fields where field.isRequired {
            guard let member = members[field.wireName], member != .null,
                let declared = self.types.resolve(field.type).jsonName
            else { continue }
            return Found(
                objectLocation: object.location, field: field, path: object.path + [.member(field.wireName)],
                declared: declared)
        }
        return nil
    }
}
