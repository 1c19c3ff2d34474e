/// The text of a property added for an unknown field.
extension DriftEditPlanner {
    /// What `--apply` writes into a new property's `description`.
    static let observedDescription = "Sent by the server; not in the vendor reference."

    /// The types to declare from what the server sent, with answers, so that the generated client
    /// reads every value it saw: the one type sent; `string` first among several scalars when text was
    /// among them (a string field reads numbers and booleans as their text); `number` for integers and
    /// fractions; `null` last when it was sent too. Any other mix (a list or object beside another type,
    /// booleans beside numbers) and `null` alone give no type at all: a free-form JSON value, which
    /// reads whatever comes.
    static func propertyTypes(_ observations: [(JSONType, Int)]) -> [JSONType] {
        var answers: [JSONType: Int] = [:]
        for (type, count) in observations { answers[type, default: 0] += count }
        let ranked = answers.keys.filter { $0 != .null }.sorted { (answers[$1] ?? 0, $0) < (answers[$0] ?? 0, $1) }
        var types: [JSONType]
        switch Set(ranked) {
        case []: return []
        case _ where ranked.count == 1: types = ranked
        case [.integer, .number]: types = [.number]
        case let mix where mix.contains(.string) && mix.allSatisfy(DriftResolver.isScalar):
            types = [.string] + ranked.filter { $0 != .string }
        default: return []
        }
        if answers[.null] != nil { types.append(.null) }
        return types
    }

    /// `name: {type: string, x-observed: true, description: ...}`, one line, in flow style so that it fits
    /// a block or a flow `properties` alike.
    static func propertyEntry(_ name: String, types: [JSONType]) -> String {
        var parts: [String] = []
        let names = types.map { $0 == .null ? "'null'" : $0.rawValue }
        if names.count == 1 {
            parts.append("type: \(names[0])")
        } else if !names.isEmpty {
            parts.append("type: [\(names.joined(separator: ", "))]")
        }
        if types.contains(.array) { parts.append("items: {}") }
        parts.append("x-observed: true")
        parts.append("description: \(Self.observedDescription)")
        return "\(YAMLWriter.string(name)): {\(parts.joined(separator: ", "))}"
    }

    /// `string`, `integer or string, nullable`, `any JSON value`.
    static func describe(_ types: [JSONType]) -> String {
        guard !types.isEmpty else { return "any JSON value" }
        let text = DriftResolver.describe(types)
        return types.contains(.null) ? text + ", nullable" : text
    }
}
