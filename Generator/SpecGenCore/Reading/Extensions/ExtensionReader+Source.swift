extension ExtensionReader {
    /// An operation's `x-source`: a mapping with a non-empty `sdk` text. Whether the SDK is the service's
    /// and lists the operation is the SDK index check's to say.
    mutating func readSource(on operation: YAMLNode, pointer: [String]) -> SourceExtension? {
        guard let pair = operation.pair(for: VendorExtension.source) else { return nil }
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
            self.error("'x-source' needs 'sdk': the SDK package and version the operation comes from", at: pair.key)
        }
        return source
    }
}
