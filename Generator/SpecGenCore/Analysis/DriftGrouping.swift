/// Gathers resolved drift records into findings (records contradicting one spec node in the same way)
/// and unmatched groups, and writes the findings' messages.
struct DriftGrouping {
    /// What makes two contradicting records one finding.
    struct Key: Hashable {
        var service: String
        var location: SourceLocation?
        var kind: DriftRecord.Kind
        var subject: String
        var member: String?
        var declared: String
        var observed: JSONType?
        var value: String?
    }

    /// One finding in the making.
    struct Group {
        var key: Key
        var contradiction: DriftContradiction
        var records: [DriftRecord]
        /// The spec folder the finding is in, by index.
        var spec: Int
    }

    private(set) var groups: [Group] = []
    private var index: [Key: Int] = [:]
    private(set) var unmatched: [DriftReport.Unmatched] = []
    private var unmatchedIndex: [String: Int] = [:]

    /// Adds a record that contradicts the spec.
    mutating func add(_ record: DriftRecord, _ contradiction: DriftContradiction, spec: Int) {
        let key = Key(
            service: record.service, location: contradiction.location, kind: record.kind,
            subject: contradiction.subject, member: contradiction.member, declared: contradiction.specType,
            observed: record.observed, value: record.kind == .unknownEnumValue ? record.value : nil)
        if let position = self.index[key] {
            self.groups[position].records.append(record)
        } else {
            self.index[key] = self.groups.count
            self.groups.append(Group(key: key, contradiction: contradiction, records: [record], spec: spec))
        }
    }

    /// Adds a record whose path leaves the spec.
    mutating func addUnmatched(_ record: DriftRecord, reason: String) {
        let key = [record.service, record.operation, record.path.description, record.kind.rawValue, reason]
            .joined(separator: "\u{1F}")
        if let position = self.unmatchedIndex[key] {
            self.unmatched[position].answers += 1
            return
        }
        self.unmatchedIndex[key] = self.unmatched.count
        self.unmatched.append(
            DriftReport.Unmatched(
                location: .init(record.source), service: record.service, operation: record.operation,
                path: record.path.description, kind: record.kind.rawValue, answers: 1,
                reason: "the \(record.kind.rawValue) record for \(record.operation) \(record.path) does not match "
                    + "the spec: \(reason)"))
    }

    /// The groups, most answers first, then by place.
    var ranked: [Group] {
        self.groups.sorted { lhs, rhs in
            if lhs.records.count != rhs.records.count { return lhs.records.count > rhs.records.count }
            let left = lhs.key.location ?? SourceLocation(file: "", line: 0, column: 0)
            let right = rhs.key.location ?? SourceLocation(file: "", line: 0, column: 0)
            if left != right { return left < right }
            return (lhs.key.kind.rawValue, lhs.key.member ?? "", lhs.key.observed?.rawValue ?? "", lhs.key.value ?? "")
                < (rhs.key.kind.rawValue, rhs.key.member ?? "", rhs.key.observed?.rawValue ?? "", rhs.key.value ?? "")
        }
    }

    /// The finding for a group, with the fix planned for it.
    static func finding(_ group: Group, fix: DriftReport.Fix) -> DriftReport.Finding {
        let operations = Set(group.records.map(\.operation)).sorted()
        return DriftReport.Finding(
            location: group.key.location.map(DriftReport.Location.init), service: group.key.service,
            kind: group.key.kind.rawValue, subject: group.key.subject, member: group.key.member,
            declared: group.key.declared, observed: group.key.observed?.rawValue, value: group.key.value,
            answers: group.records.count, occurrences: group.records.reduce(0) { $0 + $1.count },
            operations: operations, paths: Set(group.records.map(\.path.description)).sorted(),
            message: Self.message(group.key, answers: group.records.count, operations: operations), fix: fix)
    }

    /// One sentence: what the spec says, what the server sent, in how many answers of which operations.
    static func message(_ key: Key, answers: Int, operations: [String]) -> String {
        let seen = "in \(answers) answer\(answers == 1 ? "" : "s") of " + Self.list(operations)
        let subject = "'\(key.subject)'"
        let observed = key.observed?.rawValue ?? "null"
        switch key.kind {
        case .coercedType:
            return "\(subject) is \(key.declared) in the spec; the server sent \(observed) \(seen)"
        case .unreadableValue:
            return "\(subject) is \(key.declared) in the spec; the server sent \(observed), which could not be read, "
                + seen
        case .unexpectedNull:
            return "\(subject) is \(key.declared) and not nullable in the spec; the server sent null \(seen)"
        case .missingRequiredField:
            let what = key.observed == .null ? "sent null for it" : "left it out"
            return "\(subject) is required in the spec; the server \(what) \(seen)"
        case .unknownField:
            return "\(subject) has no property '\(key.member ?? "")'; the server sent one (\(observed)) \(seen)"
        case .unknownEnumValue:
            return "\(subject) does not list '\(key.value ?? "")'; the server sent it \(seen)"
        case .unknownDateForm:
            return "\(subject) is a date-time in the spec; the server sent text in another form \(seen)"
        }
    }

    /// `A`, or `3 operations (A, B, C)`, or `5 operations (A, B, C, ...)`.
    private static func list(_ operations: [String]) -> String {
        guard operations.count > 1 else { return operations.first ?? "no operation" }
        let shown = operations.prefix(3).joined(separator: ", ") + (operations.count > 3 ? ", ..." : "")
        return "\(operations.count) operations (\(shown))"
    }
}
