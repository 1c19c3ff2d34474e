/// The text format of a bundled document.
public enum BundleFormat: String, Sendable, CaseIterable {
    /// JSON, two-space indented.
    case json
    /// Block-style YAML.
    case yaml

    /// The format an output path asks for: YAML for `.yaml`/`.yml`, JSON otherwise.
    public init(path: String) {
        let lowercased = path.lowercased()
        self = lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml") ? .yaml : .json
    }
}
