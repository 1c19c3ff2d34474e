import SpecGenCore

/// The services a ``SpecMock`` serves, loaded from their spec folders and lowered as the generator
/// lowers them: routing and examples (``SpecExampleResponder``), validation (``RequestValidator``)
/// and drift (``ResponseMutator``), all read from the lowered models, the examples from the specs.
///
/// Loading takes about a second; load once and make as many mocks from it as needed.
public struct SpecMockServices: Sendable {
    /// Routing, required parameters and the documented examples.
    public let responder: SpecExampleResponder
    /// Validation against the lowered spec model.
    public let validator: RequestValidator
    /// Answer mutators for `drift` faults and drift tests, by service name (`ACK`).
    public let mutators: [String: ResponseMutator]

    /// Loads and lowers spec folders.
    /// - Parameter specDirectories: Spec folders, e.g. `spec/alibaba-ack`.
    /// - Throws: ``SpecMockError`` naming the folder and the loader's diagnostics when a spec does not load.
    public init(specDirectories: [String]) throws(SpecMockError) {
        try self.init(specs: try Self.load(specDirectories))
    }

    /// Lowers specs read with `SpecGen.load(directory:)`, as the generator lowers them.
    /// - Parameter specs: The loaded specs.
    /// - Throws: ``SpecMockError`` with the diagnostics when a spec cannot be lowered.
    public init(specs: [SpecDocument]) throws(SpecMockError) {
        var models: [ServiceModel] = []
        var operations: [MockOperation] = []
        for spec in specs {
            let model = try Self.lower(spec)
            models.append(model)
            operations += try MockOperation.operations(of: model, documentedIn: spec)
        }
        self.responder = SpecExampleResponder(operations: operations)
        self.validator = RequestValidator(services: models)
        self.mutators = Dictionary(
            models.map { ($0.name, ResponseMutator(service: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads spec folders.
    /// - Throws: ``SpecMockError`` naming the folder and the loader's diagnostics when one does not load.
    static func load(_ directories: [String]) throws(SpecMockError) -> [SpecDocument] {
        var specs: [SpecDocument] = []
        for directory in directories {
            do {
                specs.append(try SpecGen.load(directory: directory))
            } catch {
                throw SpecMockError("cannot load \(directory):\n\(error)")
            }
        }
        return specs
    }

    /// The model the generator makes of a spec.
    /// - Throws: ``SpecMockError`` with the diagnostics when the spec cannot be lowered.
    static func lower(_ spec: SpecDocument) throws(SpecMockError) -> ServiceModel {
        let lowered = Lowering.lower(spec, specPath: spec.directory)
        guard let model = lowered.model else {
            let errors = lowered.diagnostics.map { "\($0)" }.joined(separator: "\n")
            throw SpecMockError("cannot read the operations of \(spec.directory):\n\(errors)")
        }
        return model
    }
}
