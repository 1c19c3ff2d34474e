import CloudRuntime
import SpecGenCore

/// Walks an answer depth first along its declared types and applies the mutations that touch
/// values where they are (``ResponseMutation/stringifiedScalars``, ``ResponseMutation/undocumentedFields``,
/// ``ResponseMutation/nullOptionalFields``, ``ResponseMutation/unknownEnumValue``), tallying the
/// drift each causes.
///
/// Objects are visited before what they hold (the top-level object first); only documented
/// members are walked, in declaration order, so a member the walk adds is never walked itself.
/// Values that already contradict their declared type, and `null`s, are left alone: the drift
/// they cause is the answer's own, not the mutation's.
struct MutationWalk {
    /// The member name ``ResponseMutation/undocumentedFields`` adds, unless the object uses it.
    static let undocumentedMember = "specmock_undocumented"
    /// The value ``ResponseMutation/unknownEnumValue`` sets, unless the enum lists it.
    static let unlistedEnumValue = "SpecMockUnlisted"
    /// The values ``ResponseMutation/undocumentedFields`` adds, one per object in turn, so every
    /// observed JSON type appears.
    static let undocumentedValues: [JSONValue] = [
        "specmock", 7, 2.5, true, ["note": "undocumented"], ["specmock"],
    ]

    let types: DeclaredTypes
    let mutations: Set<ResponseMutation>
    var tally: DriftTally
    /// Objects given an undocumented member so far, to choose the next value.
    private var objectsExtended = 0

    init(types: DeclaredTypes, mutations: Set<ResponseMutation>, tally: DriftTally) {
        self.types = types
        self.mutations = mutations
        self.tally = tally
    }

    /// Mutates a value declared as `declared`.
    /// - Parameters:
    ///   - value: The value, changed in place.
    ///   - declared: Its declared type.
    ///   - alternatives: JSON types the spec also allows for it (a field's `alternativeTypes`).
    ///   - path: Where it is.
    mutating func visit(
        _ value: inout JSONValue, declared: DeclaredType, alternatives: [JSONType] = [],
        path: [ResponseDrift.PathStep]
    ) {
        switch declared {
        case .scalar(let type) where type != .string:
            guard self.mutations.contains(.stringifiedScalars), !alternatives.contains(.string), value.matches(type),
                let literal = value.scalarLiteral
            else { return }
            value = .string(literal)
            self.tally.add(.coercedType, at: path, declared: type.rawValue, observed: JSONType.string.rawValue)
        case .enumeration(let listed):
            guard self.mutations.contains(.unknownEnumValue), case .string = value else { return }
            let unlisted = Self.unlisted(from: listed)
            value = .string(unlisted)
            self.tally.add(
                .unknownEnumValue, at: path, declared: JSONType.string.rawValue, observed: JSONType.string.rawValue,
                value: unlisted)
        case .list(let element):
            guard case .array(var elements) = value else { return }
            let elementType = self.types.resolve(element)
            for index in elements.indices {
                self.visit(&elements[index], declared: elementType, path: path + [.element])
            }
            value = .array(elements)
        case .structure(let fields):
            guard case .object(var members) = value else { return }
            self.visitObject(&members, fields: fields, path: path)
            value = .object(members)
        case .scalar, .freeForm:
            return
        }
    }

    private mutating func visitObject(
        _ members: inout [String: JSONValue], fields: [FieldModel], path: [ResponseDrift.PathStep]
    ) {
        if self.mutations.contains(.undocumentedFields) {
            let name = Self.undocumentedName(avoiding: Set(fields.map(\.wireName)).union(members.keys))
            let value = Self.undocumentedValues[self.objectsExtended % Self.undocumentedValues.count]
            self.objectsExtended += 1
            members[name] = value
            self.tally.add(
                .unknownField, at: path + [.member(name)], declared: nil, observed: value.observedType.rawValue)
        }
        for field in fields {
            let declared = self.types.resolve(field.type)
            let fieldPath = path + [.member(field.wireName)]
            guard var member = members[field.wireName] else {
                self.addNull(to: &members, field: field, declared: declared, path: fieldPath)
                continue
            }
            self.visit(&member, declared: declared, alternatives: field.alternativeTypes, path: fieldPath)
            members[field.wireName] = member
        }
    }

    /// Sends `null` for an absent optional field; free-form fields are skipped, as a decoder never
    /// reports drift inside or of them.
    private mutating func addNull(
        to members: inout [String: JSONValue], field: FieldModel, declared: DeclaredType,
        path: [ResponseDrift.PathStep]
    ) {
        guard self.mutations.contains(.nullOptionalFields), !field.isRequired, let declaredName = declared.jsonName
        else { return }
        members[field.wireName] = .null
        guard !field.isNullable else { return }
        self.tally.add(.unexpectedNull, at: path, declared: declaredName, observed: JSONType.null.rawValue)
    }

    /// ``undocumentedMember``, with `_` added until no documented or present member has the name.
    static func undocumentedName(avoiding taken: Set<String>) -> String {
        var name = Self.undocumentedMember
        while taken.contains(name) { name += "_" }
        return name
    }

    /// ``unlistedEnumValue``, with `_` added until the enum does not list it.
    static func unlisted(from listed: [String]) -> String {
        var value = Self.unlistedEnumValue
        while listed.contains(value) { value += "_" }
        return value
    }
}
