extension FieldModel {
    /// Whether the field holds a secret (`format: password`): generated code wraps it in the
    /// runtime's `@Sensitive`, so descriptions, debug descriptions and mirrors never show it.
    public var isSensitive: Bool {
        self.constraints.format == "password"
    }
}
