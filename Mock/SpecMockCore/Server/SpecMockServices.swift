import SpecGenCore

/// The services a ``SpecMock`` serves, loaded from their spec folders: routing and examples
/// (``SpecExampleResponder``) and the lowered models validation and drift read (``RequestValidator``,
/// ``ResponseMutator``).
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
        var specs: [SpecDocument] = []
        for directory in specDirectories {
            do {
                specs.append(try SpecGen.load(directory: directory))
            } catch {
                throw SpecMockError("cannot load \(directory):\n\(error)")
            }
        }
        try self.init(specs: specs)
    }

    /// Lowers specs read with `SpecGen.load(directory:)`, as the generator lowers them.
    /// - Parameter specs: The loaded specs.
    /// - Throws: ``SpecMockError`` with the diagnostics when a spec cannot be lowered.
    public init(specs: [SpecDocument]) throws(SpecMockError) {
        var models: [ServiceModel] = []
        for spec in specs {
            let lowered = Lowering.lower(spec, specPath: spec.directory)
            guard let model = lowered.model else {
                let errors = lowered.diagnostics.map { "\($0)" }.joined(separator: "\n")
                throw SpecMockError("cannot read the operations of \(spec.directory):\n\(errors)")
            }
            models.append(model)
        }
        self.responder = try SpecExampleResponder(specs: specs)
        self.validator = RequestValidator(services: models)
        self.mutators = Dictionary(
            models.map { ($0.name, ResponseMutator(service: $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
