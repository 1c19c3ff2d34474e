/// Follows drift records through a lowered service model to the spec node each one contradicts.
///
/// A path starts at the operation's success response and steps through fields (by wire name),
/// structures (their shapes' fields) and lists (their elements). A path that leaves the model, through
/// a free-form JSON value or a member the spec does not name, is unmatched rather than an error.
struct DriftResolver {
    let spec: DriftSpec
    private let shapes: [String: ShapeModel]

    init(spec: DriftSpec) {
        self.spec = spec
        self.shapes = Dictionary(spec.model.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where a path has led.
    enum Position {
        /// An object: its fields and the pointer of its schema.
        case object(fields: [FieldModel], pointer: [String], label: String)
        /// A value of a type; `field` when the last step named a field.
        case value(type: TypeReference, field: FieldModel?, pointer: [String], label: String)
        /// A member the object does not declare, as the last step.
        case unknownMember(name: String, object: [String], label: String)
    }

    /// What the record means for the spec.
    func resolve(_ record: DriftRecord, in operation: OperationModel) -> DriftResolution {
        switch self.position(of: record.path, in: operation) {
        case .failure(let unmatched): .unmatched(unmatched.reason)
        case .success(let position): self.judge(record, at: position)
        }
    }

    /// Follows a path from the top of an operation's success response.
    func position(of path: DriftPath, in operation: OperationModel) -> Result<Position, Unmatched> {
        let responsePointer = SourceMap.components(operation.response.origin.pointer)
        var position: Position
        switch operation.response.kind {
        case .empty:
            return .failure(Unmatched("the success response of \(operation.name) has no body in the spec"))
        case .fields(let fields):
            let pointer = self.spec.dereferenced(responsePointer)
            position = .object(fields: fields, pointer: pointer, label: self.spec.label(of: pointer))
        case .body(let type):
            let label = "the \(operation.name) response"
            // A response holding a spec structure starts at that structure's members, as an inline one does.
            if case .success(let object) = self.object(of: type, label: label) {
                position = object
            } else {
                position = .value(type: type, field: nil, pointer: responsePointer, label: label)
            }
        }
        for (index, step) in path.steps.enumerated() {
            let isLast = index == path.steps.count - 1
            switch self.step(from: position, by: step, isLast: isLast) {
            case .success(let next): position = next
            case .failure(let reason): return .failure(reason)
            }
        }
        return .success(position)
    }

    private func step(from position: Position, by step: DriftPath.Step, isLast: Bool) -> Result<Position, Unmatched> {
        switch (position, step) {
        case (.value(let type, _, _, let label), .member):
            // A member of a value: the value must be a structure, whose fields the member is one of.
            return self.object(of: type, label: label).flatMap { self.step(from: $0, by: step, isLast: isLast) }
        case (.object(let fields, let pointer, let label), .member(let name)):
            guard let field = fields.first(where: { $0.wireName == name }) else {
                guard isLast else {
                    return .failure(Unmatched("'\(label)' has no property '\(name)', so the path cannot go on"))
                }
                return .success(.unknownMember(name: name, object: pointer, label: label))
            }
            return .success(
                .value(
                    type: field.type.unwrapped, field: field, pointer: SourceMap.components(field.origin.pointer),
                    label: field.wireName))
        case (.value(let type, _, let pointer, let label), .element):
            guard case .array(let element) = type.unwrapped else {
                return .failure(Unmatched("'\(label)' is not a list in the spec"))
            }
            return .success(
                .value(
                    type: element, field: nil, pointer: self.spec.dereferenced(pointer) + ["items"],
                    label: "\(label)[*]"))
        case (.object(_, _, let label), .element):
            return .failure(Unmatched("'\(label)' is an object in the spec, not a list"))
        case (.unknownMember(let name, _, _), _):
            return .failure(Unmatched("'\(name)' is not in the spec, so the path cannot go on"))
        }
    }

    /// The object a value is, when its type is a structure.
    private func object(of type: TypeReference, label: String) -> Result<Position, Unmatched> {
        switch type.unwrapped {
        case .shape(let name):
            guard let shape = self.shapes[name], case .structure(let fields) = shape.kind else { break }
            let pointer = SourceMap.components(shape.origin.pointer)
            return .success(.object(fields: fields, pointer: pointer, label: self.spec.label(of: pointer)))
        case .jsonValue:
            return .failure(Unmatched("'\(label)' is free-form JSON in the spec, so nothing inside it is checked"))
        default:
            break
        }
        return .failure(Unmatched("'\(label)' is not an object in the spec"))
    }

    /// The JSON types a value of a type may have, primary first; nil for free-form JSON (anything).
    func jsonTypes(of type: TypeReference, field: FieldModel?) -> [JSONType]? {
        guard let primary = self.jsonType(of: type) else { return nil }
        var types = [primary] + (field?.alternativeTypes ?? [])
        if field?.isNullable == true { types.append(.null) }
        return types
    }

    private func jsonType(of type: TypeReference) -> JSONType? {
        switch type.unwrapped {
        case .string, .timestamp: return .string
        case .integer, .integer32, .integer64: return .integer
        case .double: return .number
        case .bool: return .boolean
        case .array: return .array
        case .jsonValue: return nil
        case .optional(let wrapped): return self.jsonType(of: wrapped)
        case .shape(let name):
            switch self.shapes[name]?.kind {
            case .structure?: return .object
            case .stringEnum?: return .string
            case .alias(let aliased)?: return self.jsonType(of: aliased)
            case nil: return .object
            }
        }
    }

    /// Why a path does not resolve.
    struct Unmatched: Error {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
