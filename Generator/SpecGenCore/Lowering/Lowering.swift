/// Lowers a loaded spec into the SDK model: resolves references, assigns Swift names, decides how
/// every field is sent, and reports at its exact spec location everything that cannot be generated.
///
/// Inline object and enum schemas inside a field become named shapes called `<Parent><Field>`
/// (`Cluster.master_config` -> `ClusterMasterConfig`, an inline enum in a request parameter
/// `DescribeClustersRequestState`), so every generated type has a stable, documented name.
/// A derived name that collides with another type is reported; nothing is renamed silently.
public struct Lowering {
    /// The result: a model when no error was found, and every diagnostic collected.
    public struct Result: Sendable {
        /// The model, or nil when any error was reported.
        public var model: ServiceModel?
        /// Errors and warnings in spec order.
        public var diagnostics: [Diagnostic]
    }

    let document: SpecDocument
    let specPath: String
    var diagnostics: [Diagnostic] = []
    /// Lowered shapes by Swift name.
    var shapes: [String: ShapeModel] = [:]
    /// Schema name -> its type (a shape reference, or the aliased type), memoized; nil while in progress.
    var schemaTypes: [String: TypeReference] = [:]
    var schemasInProgress: Set<String> = []
    /// Schema names whose lowering failed (already reported; never lowered or reported twice).
    var failedSchemas: Set<String> = []
    /// Operation IDs whose lowering reported an error; their paging and waiters are not checked.
    var failedOperations: Set<String> = []

    /// How many failures so far: errors reported, plus uses of a schema whose error was reported before.
    var failureCount = 0

    /// Lowers `document`.
    /// - Parameters:
    ///   - document: The spec folder, read.
    ///   - specPath: How generated comments cite the spec folder, e.g. `spec/alibaba-ack`.
    /// - Returns: The model (nil on errors) and all diagnostics.
    public static func lower(_ document: SpecDocument, specPath: String) -> Result {
        var lowering = Lowering(document: document, specPath: specPath)
        let model = lowering.lowerService()
        let diagnostics = lowering.diagnostics.sorted(by: Self.inSpecOrder)
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(model: failed ? nil : model, diagnostics: diagnostics)
    }

    /// Diagnostics without a place first, then by file, line, column and message.
    static func inSpecOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        return left == right ? lhs.message < rhs.message : left < right
    }

    // MARK: - Service

    mutating func lowerService() -> ServiceModel? {
        guard let root = self.lowerRoot() else { return nil }
        var operations: [OperationModel] = []
        for operation in self.document.operations {
            let failuresBefore = self.failureCount
            if let model = self.lowerOperation(operation, style: root.style), self.failureCount == failuresBefore {
                operations.append(model)
            } else {
                // Paging and waiters of an operation that failed would only repeat its errors.
                self.failedOperations.insert(operation.operationID ?? "")
            }
        }
        // Every schema file is a type of the SDK, referenced by an operation or not.
        for name in self.document.schemaNames {
            _ = self.lowerSchema(named: name, referencedFrom: ["components", "schemas", name])
        }
        self.checkOperationNames(operations)
        if root.style == .rpc {
            self.flattenRPCParameters(&operations)
        } else {
            self.checkROAFields(&operations)
        }
        self.lowerPagination(&operations)
        let shapes = self.shapes.values.sorted { $0.name < $1.name }
            .map { $0.isRPCParameter ? $0 : Self.clearingEncodings($0) }
        self.checkShapeNames(shapes, operations: operations, serviceName: root.name)
        var model = ServiceModel(
            name: root.name, module: root.module, specPath: self.specPath, title: self.document.title,
            style: root.style, apiVersion: self.document.version, product: root.product,
            endpoint: root.endpoint, signatureAlgorithms: root.algorithms, signingService: root.signingService,
            rpcMethods: root.rpcMethods, operations: operations, shapes: shapes,
            origin: self.origin(["x-sdk"]))
        model.alternativeEndpoints = root.alternativeEndpoints
        model.errorCodes = self.lowerErrorCodes()
        model.waiters = self.lowerWaiters(operations)
        return model
    }

    // MARK: - Diagnostics and origins

    /// The origin of the node at these (unescaped) pointer components.
    func origin(_ components: [String]) -> Origin {
        let pointer = SourceMap.pointer(components)
        let location = self.document.sourceMap.location(of: pointer)
        return Origin(file: self.relativeFile(location?.file), pointer: pointer, location: location)
    }

    /// The file relative to the spec folder (`groups/clusters.yaml`); the root file when unknown.
    func relativeFile(_ file: String?) -> String {
        guard let file else { return "openapi.yaml" }
        let directory = self.document.directory.hasSuffix("/") ? self.document.directory : self.document.directory + "/"
        return file.hasPrefix(directory) ? String(file.dropFirst(directory.count)) : file
    }

    mutating func error(_ message: String, at components: [String], notes: [Diagnostic] = []) {
        self.error(message, at: self.origin(components), notes: notes)
    }

    mutating func error(_ message: String, at origin: Origin, notes: [Diagnostic] = []) {
        self.failureCount += 1
        self.diagnostics.append(.error(message, at: origin.location, notes: notes))
    }

    // MARK: - Cleanup

    /// RPC encodings mean nothing outside RPC parameters; keep the model free of them.
    static func clearingEncodings(_ shape: ShapeModel) -> ShapeModel {
        guard case .structure(let fields) = shape.kind else { return shape }
        var shape = shape
        shape.kind = .structure(
            fields.map { field in
                var field = field
                field.encoding = .value
                return field
            })
        return shape
    }
}
