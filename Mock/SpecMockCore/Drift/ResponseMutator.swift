import CloudRuntime
import SpecGenCore

/// Makes answers of one service drift from its spec, and says exactly which deviations it made.
///
/// The mutator reads the lowered model (`ServiceModel`) the generated client is built from, so
/// each ``ResponseMutation`` changes the answer in a way the client's tolerant decoder reports as
/// one `ResponseDrift` kind, and the ``MutatedResponse/drift`` list is what the client reports
/// for the change: same paths (`ResponseDrift.path(_:)`, `[*]` for list elements), kinds, declared
/// and observed JSON types, values and counts. The same input always gives the same output.
///
/// The declared JSON type of a value follows its field's type: strings and string enums are
/// `string`, integers `integer`, doubles `number`, booleans `boolean`, lists `array`, structures
/// `object`; free-form JSON is never changed or looked into.
///
/// ```swift
/// let mutator = ResponseMutator(service: model)
/// if let operation = mutator.operation(named: "DescribeClusterDetail") {
///     let mutated = mutator.mutate(body, of: operation, applying: [.stringifiedScalars])
///     // mutated.drift: [ACK DescribeClusterDetail $.size: coerced-type (integer declared, string sent)]
/// }
/// ```
public struct ResponseMutator: Sendable {
    /// The service whose answers are mutated.
    public let service: ServiceModel
    private let types: DeclaredTypes
    private let operations: [String: OperationModel]

    /// Creates a mutator for one service.
    /// - Parameter service: The lowered model, as `Lowering.lower` makes it.
    public init(service: ServiceModel) {
        self.service = service
        self.types = DeclaredTypes(service: service)
        self.operations = Dictionary(
            service.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The operation with this ID (`DescribeClusterDetail`), if the service has it.
    public func operation(named name: String) -> OperationModel? {
        self.operations[name]
    }

    /// Applies mutations to a success answer of an operation.
    ///
    /// ``ResponseMutation/missingRequiredField`` is applied first, so no other kind touches the
    /// member it removes; the others change different values, so any set of kinds can be combined
    /// and the drift of each is listed.
    /// - Parameters:
    ///   - body: The answer's JSON body.
    ///   - operation: The operation it answers (from this service).
    ///   - mutations: The kinds to apply.
    /// - Returns: The changed body and the drift it carries.
    public func mutate(
        _ body: JSONValue, of operation: OperationModel, applying mutations: Set<ResponseMutation>
    ) -> MutatedResponse {
        let declared = self.types.resolve(operation.response)
        var body = body
        var tally = DriftTally(service: self.service.name, operation: operation.name)
        if mutations.contains(.missingRequiredField),
            let found = RequiredMemberSearch(types: self.types).first(in: body, declared: declared)
        {
            body.update(at: found.objectLocation) { object in
                object[member: found.field.wireName] = nil
            }
            tally.add(.missingRequiredField, at: found.path, declared: found.declared, observed: nil)
        }
        var walk = MutationWalk(types: self.types, mutations: mutations, tally: tally)
        walk.visit(&body, declared: declared, path: [])
        return MutatedResponse(body: body, drift: walk.tally.drift)
    }
}
