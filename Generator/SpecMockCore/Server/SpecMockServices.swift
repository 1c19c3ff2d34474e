import SpecGenCore

/// The services a ``SpecMock`` serves, loaded from their spec folders: routing and examples
/// (``SpecExampleResponder``) and the lowered models validation reads (``RequestValidator``).
///
/// Loading takes about a second; load once and make as many mocks from it as needed.
public struct SpecMockServices: Sendable {
    /// Routing, required parameters and the documented examples.
    public let responder: SpecExampleResponder
    /// Validation against the lowered spec model.
    public let validator: RequestValidator

    /// Loads and lowers spec folders.
    /// - Parameter specDirectories: Spec folders, e.g. `spec/alibaba-ack`.
    /// - Throws: ``SpecMockError`` naming the folder and the loader's diagnostics when a spec does not load.
    public init(specDirectories: [String]) throws(SpecMockError) {
        var specs: [LoadedSpec] = []
        var models: [ServiceModel] = []
        for directory in specDirectories {
            let spec: LoadedSpec
            do {
                spec = try SpecGen.loadKeepingReferenceExtensions(directory: directory)
            } catch {
                throw SpecMockError("cannot load \(directory):\n\(error)")
            }
            let lowered = Lowering.lower(spec, specPath: directory)
            guard let model = lowered.model else {
                let errors = lowered.diagnostics.map { "\($0)" }.joined(separator: "\n")
                throw SpecMockError("cannot read the operations of \(directory):\n\(errors)")
            }
            specs.append(spec)
            models.append(model)
        }
        self.responder = try SpecExampleResponder(specs: specs)
        self.validator = RequestValidator(services: models)
    }
}
