/// One check of a merged spec.
///
/// A rule reads the merged tree, where every node still knows its file, line and column, and returns
/// every problem it finds, each placed on the node it is about. Rules work on the tree rather than on the
/// decoded document so that they also run when OpenAPIKit cannot decode it, and so that a diagnostic can
/// point at the exact value (the `name:` of a parameter, the second `operationId:`).
///
/// To add a rule, write a type that conforms and list it in ``ValidationRules/all``:
/// ```swift
/// struct SummaryRule: ValidationRule {
///     let name = "summary"
///     func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic] {
///         SpecTree(spec.root).operations.compactMap { site in
///             site.operation["summary"] == nil ? .warning("missing summary", at: site.methodKey.location) : nil
///         }
///     }
/// }
/// ```
public protocol ValidationRule: Sendable {
    /// A short identifier, e.g. `path-parameters`.
    var name: String { get }

    /// Checks the spec.
    /// - Parameters:
    ///   - spec: The merged spec.
    ///   - document: The spec read into typed values.
    /// - Returns: Every problem found, in any order.
    func validate(_ spec: AssembledSpec, document: SpecDocument) -> [Diagnostic]
}

extension ValidationRule {
    /// Checks the spec, reading it first.
    func validate(_ spec: AssembledSpec) -> [Diagnostic] {
        self.validate(spec, document: SpecReader.read(spec).document)
    }
}

/// The rules `specgen lint` runs.
public enum ValidationRules {
    /// Every rule, in a fixed order.
    public static let all: [any ValidationRule] = [
        DuplicateKeyRule(),
        ServersRule(),
        OperationIDRule(),
        PathParameterRule(),
        SuccessResponseRule(),
        SchemaTypeRule(),
        TypeListRule(),
        FieldExtensionPlacementRule(),
        RPCOperationRule(),
        IndexBaseRule(),
        UniqueByRule(),
        RequiredMembersRule(),
        ReferenceExtensionRule(),
        UnreferencedSchemaRule(),
        PaginationExtensionRule(),
        WaitersExtensionRule(),
        WaiterAfterExtensionRule(),
    ]

    /// Runs rules and returns their diagnostics sorted by location.
    ///
    /// - Parameters:
    ///   - rules: The rules to run; all of them by default.
    ///   - spec: The merged spec.
    ///   - document: The spec read into typed values.
    /// - Returns: Every diagnostic, sorted by file, line and column.
    public static func run(
        _ rules: [any ValidationRule] = all, on spec: AssembledSpec, document: SpecDocument
    ) -> [Diagnostic] {
        rules.flatMap { $0.validate(spec, document: document) }.sortedByLocation()
    }
}
