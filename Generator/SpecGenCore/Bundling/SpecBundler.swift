/// Turns a merged spec into one standard OpenAPI 3.1 document.
public struct SpecBundler: Sendable {
    /// Creates a bundler.
    public init() {}

    /// The merged tree as a typed JSON value (see ``BundleTyping`` for how scalars are typed).
    public func value(of spec: AssembledSpec) -> BundleValue {
        BundleTyping.value(spec.root, in: .structural)
    }

    /// The merged tree written out.
    ///
    /// - Parameters:
    ///   - spec: The merged spec.
    ///   - format: JSON or YAML.
    /// - Returns: The document text, ending with a newline; the same input always gives the same bytes.
    public func render(_ spec: AssembledSpec, format: BundleFormat) -> String {
        let value = self.value(of: spec)
        switch format {
        case .json: return JSONWriter.write(value)
        case .yaml: return YAMLWriter.write(value)
        }
    }
}
