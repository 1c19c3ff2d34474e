extension RuntimeSymbols {
    /// The property wrapper that redacts a secret field from descriptions and mirrors.
    static let sensitive = "Sensitive"
}

extension Translator {
    /// The property wrappers of a field's stored property: `@Boxed` for structures, `@Sensitive`
    /// for secrets (a secret is always a string, so the two never meet).
    func propertyAttributes(_ field: FieldModel) -> [String] {
        if self.isBoxed(field) { return ["@\(RuntimeSymbols.boxed)"] }
        if field.isSensitive { return ["@\(RuntimeSymbols.sensitive)"] }
        return []
    }
}
