extension ExtensionReader {
    /// Why an operation is deprecated: `deprecated: true` with an `x-deprecation-reason` sentence. Either
    /// one without the other is an error: a deprecation users cannot act on, or a reason for nothing.
    mutating func readDeprecation(on operation: YAMLNode, operation name: String) -> String? {
        let flag = operation.pair(for: "deprecated")
        let reason = operation.pair(for: VendorExtension.deprecationReason)
        let isDeprecated = flag?.value.boolValue == true
        if let flag, flag.value.boolValue == nil {
            self.error("'deprecated' of '\(name)' must be true or false", at: flag.value)
            return nil
        }
        guard let reason else {
            if isDeprecated, let flag {
                self.error(
                    "'\(name)' is deprecated without 'x-deprecation-reason': say why and what to use instead",
                    at: flag.key)
            }
            return nil
        }
        guard let text = reason.value.stringValue, !text.allSatisfy(\.isWhitespace) else {
            self.error("'x-deprecation-reason' of '\(name)' must be a sentence", at: reason.value)
            return nil
        }
        guard isDeprecated else {
            self.error("'x-deprecation-reason' of '\(name)' needs 'deprecated: true' beside it", at: reason.key)
            return nil
        }
        return text
    }
}
