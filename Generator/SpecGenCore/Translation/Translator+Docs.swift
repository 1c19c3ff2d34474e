import Foundation

extension Translator {
    /// `- Remark: Generated from spec/x/groups/a.yaml, `#/paths/...`.` (a whole schema file has no pointer).
    func remark(_ origin: Origin, wholeFile: Bool = false) -> String {
        let file = "\(self.model.specPath)/\(origin.file)"
        return wholeFile
            ? "- Remark: Generated from \(file)." : "- Remark: Generated from \(file), `#\(origin.pointer)`."
    }

    /// Text split into trimmed lines, blank lines kept as paragraph breaks.
    static func lines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Paragraphs joined with one blank line, empty ones dropped.
    static func paragraphs(_ parts: [[String]]) -> [String] {
        let present = parts.filter { !$0.isEmpty }
        return present.enumerated().flatMap { index, lines in index == 0 ? lines : [""] + lines }
    }

    /// A field's documentation: its description, then its documented default and limits, and whether
    /// it was added from observed answers.
    func fieldDoc(_ field: FieldModel) -> [String] {
        var facts: [String] = []
        if field.isObserved { facts.append("Observed in answers; not in the vendor reference.") }
        if let value = field.defaultValue { facts.append("Default: `\(value)`.") }
        let limits = field.constraints
        if let range = Self.range(limits.minLength.map(String.init), limits.maxLength.map(String.init)) {
            facts.append("Length: \(range).")
        }
        if let pattern = limits.pattern { facts.append("Pattern: `\(pattern)`.") }
        if let range = Self.range(limits.minimum, limits.maximum) { facts.append("Range: \(range).") }
        if let range = Self.range(limits.minItems.map(String.init), limits.maxItems.map(String.init)) {
            facts.append("Items: \(range).")
        }
        if let member = limits.uniqueBy { facts.append("Each `\(member)` at most once.") }
        if !limits.requiredMembers.isEmpty {
            let members = limits.requiredMembers.map { "`\($0)`" }.joined(separator: ", ")
            facts.append("When sent, requires \(members); checked before the request is sent.")
        }
        if let format = limits.format { facts.append("Format: `\(format)`.") }
        if !limits.allowedValues.isEmpty {
            facts.append("Allowed values: " + limits.allowedValues.map { "`\($0)`" }.joined(separator: ", ") + ".")
        }
        let description = Self.lines(field.description)
        return Self.paragraphs([
            description.isEmpty ? ["The `\(field.wireName)` field."] : description,
            facts.isEmpty ? [] : [facts.joined(separator: " ")],
        ])
    }

    /// The first line of a field's description, for `- Parameters:` lists.
    func fieldSummary(_ field: FieldModel) -> String {
        Self.lines(field.description).first ?? "The `\(field.wireName)` field."
    }

    /// `- Parameters:` lines for a memberwise initializer.
    func parameterDocs(_ fields: [FieldModel]) -> [String] {
        guard !fields.isEmpty else { return [] }
        return ["- Parameters:"] + fields.map { "  - \(SwiftName.unescaped($0.swiftName)): \(self.fieldSummary($0))" }
    }

    private static func range(_ lower: String?, _ upper: String?) -> String? {
        switch (lower, upper) {
        case (let lower?, let upper?): "\(lower)...\(upper)"
        case (let lower?, nil): "at least \(lower)"
        case (nil, let upper?): "at most \(upper)"
        case (nil, nil): nil
        }
    }
}
