import SpecGenCore

/// What the spec declares for one value, with optionals and aliases resolved: the view a tolerant
/// decoder has of the value when it decides whether the value drifted.
enum DeclaredType: Equatable {
    /// A string, integer, number or boolean.
    case scalar(JSONType)
    /// A string with listed values.
    case enumeration([String])
    /// A list whose elements have this type.
    case list(TypeReference)
    /// An object with these documented fields, in declaration order.
    case structure([FieldModel])
    /// Free-form JSON, or a type the service does not define: never drift, never looked into.
    case freeForm

    /// The declared JSON type's name in drift records (`integer`, `object`); nil for free-form JSON.
    var jsonName: String? {
        switch self {
        case .scalar(let type): type.rawValue
        case .enumeration: JSONType.string.rawValue
        case .list: JSONType.array.rawValue
        case .structure: JSONType.object.rawValue
        case .freeForm: nil
        }
    }
}

/// Resolves the types of one service's model to ``DeclaredType`` values.
struct DeclaredTypes: Sendable {
    private let shapes: [String: ShapeModel]

    /// Indexes a service's shapes by Swift name.
    init(service: ServiceModel) {
        self.shapes = Dictionary(service.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What `type` declares.
    func resolve(_ type: TypeReference) -> DeclaredType {
        self.resolve(type, aliasesFollowed: 0)
    }

    /// What an operation's success body declares: its fields as an object, its body type, or
    /// nothing (free-form) when there is no body schema.
    func resolve(_ response: ResponseModel) -> DeclaredType {
        switch response.kind {
        case .empty: .freeForm
        case .fields(let fields): .structure(fields)
        case .body(let type): self.resolve(type)
        }
    }

    private func resolve(_ type: TypeReference, aliasesFollowed: Int) -> DeclaredType {
        switch type {
        case .optional(let wrapped): return self.resolve(wrapped, aliasesFollowed: aliasesFollowed)
        case .string, .timestamp: return .scalar(.string)
        case .integer32, .integer64, .integer: return .scalar(.integer)
        case .double: return .scalar(.number)
        case .bool: return .scalar(.boolean)
        case .array(let element): return .list(element)
        case .jsonValue: return .freeForm
        case .shape(let name):
            switch self.shapes[name]?.kind {
            case .structure(let fields)?: return .structure(fields)
            case .stringEnum(let cases)?: return .enumeration(cases.map(\.value))
            // Lowering never makes alias cycles; the bound only keeps a malformed model from looping.
            case .alias(let aliased)? where aliasesFollowed < 16:
                return self.resolve(aliased, aliasesFollowed: aliasesFollowed + 1)
            case .alias?, nil: return .freeForm
            }
        }
    }
}
