/// The `limits:` argument of an RPC list's encode call, from the spec's `minItems`, `maxItems` and
/// `x-unique-by`.
extension Translator {
    /// `limits: ListLimits(minItems: 1, maxItems: 100, uniqueBy: "Name")`, or nothing when the spec sets no
    /// list limit; the runtime encoder checks them before anything is sent.
    ///
    /// - Parameter field: A field encoded as a flattened list.
    /// - Returns: The argument, or an empty list.
    func listLimits(_ field: FieldModel) -> [Expression.Argument] {
        let constraints = field.constraints
        var arguments: [Expression.Argument] = []
        if let minItems = constraints.minItems { arguments.append(.init("minItems", .integer(minItems))) }
        if let maxItems = constraints.maxItems { arguments.append(.init("maxItems", .integer(maxItems))) }
        if let member = constraints.uniqueBy { arguments.append(.init("uniqueBy", .string(member))) }
        guard !arguments.isEmpty else { return [] }
        return [.init("limits", .call(.identifier(RuntimeSymbols.listLimits), arguments))]
    }
}
