extension ExtensionReader {
    /// The `x-source` of an operation, parameter or schema: a mapping with a non-empty `sdk` text. Whether
    /// the SDK is the service's and lists the node is the SDK index check's to say.
    ///
    /// - Parameters:
    ///   - node: The node that may carry it.
    ///   - pointer: The node's pointer.
    ///   - kind: How messages name the node (`operation`, `field`).
    mutating func readSource(on node: YAMLNode, pointer: [String], of kind: String) -> SourceExtension? {
        guard let pair = node.pair(for: VendorExtension.source) else { return nil }
        guard let entries = pair.value.pairs else {
            self.error(
                "'x-source' must be a mapping such as {sdk: <package> <version>}, found \(pair.value.kindDescription)",
                at: pair.value)
            return nil
        }
        var source = SourceExtension(sdk: nil, pointer: pointer + [VendorExtension.source])
        for entry in entries {
            let key = entry.key.scalarValue ?? entry.key.kindDescription
            guard key == SourceExtension.sdkKey else {
                self.error("unknown key '\(key)' in 'x-source'; use sdk", at: entry.key)
                continue
            }
            guard let text = entry.value.stringValue, !text.allSatisfy(\.isWhitespace) else {
                self.error("'sdk' of 'x-source' must name the SDK package and version", at: entry.value)
                continue
            }
            source.sdk = text
        }
        if source.sdk == nil, !entries.contains(where: { $0.key.scalarValue == SourceExtension.sdkKey }) {
            self.error("'x-source' needs 'sdk': the SDK package and version the \(kind) comes from", at: pair.key)
        }
        return source
    }
}
