extension CoverageReport {
    /// How a documented attribute compares with the spec.
    public enum AttributeStatus: String, Codable, Sendable {
        /// The spec says the same.
        case agrees
        /// The spec differs, and its `x-reference` records the reference's value: a deliberate difference.
        case recorded
        /// The spec differs, and no `x-reference` records the reference's value.
        case differs
        /// Not compared: the spec lacks the name or the operation.
        case unchecked
    }

    /// One attribute the docs index records for a name (or `methods` for an operation), compared with the spec.
    public struct AttributeCheck: Codable, Sendable, Equatable {
        /// Which attribute.
        public var attribute: ReferenceAttribute
        /// How it compares.
        public var status: AttributeStatus
        /// The reference's value, as messages write it (`[Worker]`, `integer`, `true`).
        public var reference: String
        /// The spec's value, as messages write it; nil when the spec gives none or was not compared.
        public var spec: String?
        /// The spec node's `x-reference` entry for the attribute, when it has one.
        public var record: Record?
        /// Where the index writes the value.
        public var location: Location
    }

    /// An `x-reference` entry for one attribute: the value it records and where.
    public struct Record: Codable, Sendable, Equatable {
        /// The recorded value, as messages write it.
        public var value: String
        /// The record's `reason`.
        public var reason: String?
        /// Where the record's value is written in the spec.
        public var location: Location
    }

    /// Why an `x-reference` entry accepts no difference.
    public enum Staleness: String, Codable, Sendable {
        /// No docs-index entry records the attribute for the node.
        case undocumented
        /// The spec now says what the docs index records.
        case resolved
        /// The docs index records another value than the entry.
        case changed
    }

    /// An `x-reference` entry that accepts no difference between the docs index and the spec.
    public struct StaleRecord: Codable, Sendable, Equatable {
        /// The spec node: a parameter or property name, a schema name or an operation ID.
        public var field: String
        /// The recorded attribute.
        public var attribute: ReferenceAttribute
        /// The recorded value, as messages write it.
        public var recorded: String
        /// Why it is stale.
        public var staleness: Staleness
        /// The distinct values the docs index records for the node, in index order.
        public var documented: [String]
        /// Where the entry's value is written in the spec.
        public var location: Location

        /// The problem in one sentence, for lint and the reports.
        public var message: String {
            let record = "x-reference records \(self.attribute.rawValue) \(self.recorded) for '\(self.field)'"
            switch self.staleness {
            case .undocumented:
                return "\(record), but no docs-index entry records \(self.attribute.rawValue) for it"
            case .resolved:
                return "\(record), but the spec agrees with the docs index now; remove the record"
            case .changed:
                return "\(record), but the docs index records \(self.documented.joined(separator: ", "))"
            }
        }
    }

    /// Counts of documented attributes by how they compare.
    public struct AttributeTally: Codable, Sendable, Equatable {
        /// Attributes the index records.
        public var documented: Int
        /// The spec agrees.
        public var agrees: Int
        /// The spec differs with an `x-reference` that records it.
        public var recorded: Int
        /// The spec differs without one.
        public var differs: Int
        /// Not compared, the name or operation being absent from the spec.
        public var unchecked: Int

        /// Counts checks by status.
        public init(_ checks: [AttributeCheck]) {
            self.documented = checks.count
            self.agrees = checks.count { $0.status == .agrees }
            self.recorded = checks.count { $0.status == .recorded }
            self.differs = checks.count { $0.status == .differs }
            self.unchecked = checks.count { $0.status == .unchecked }
        }

        /// Agreeing and recorded attributes over documented ones, times 100, rounded to two decimals; 100
        /// when nothing is documented.
        public var percent: Double {
            self.documented == 0
                ? 100 : (Double(self.agrees + self.recorded) * 10_000 / Double(self.documented)).rounded() / 100
        }
    }
}

extension CoverageReport.AttributeCheck {
    /// The difference in words, after `'<name>' of <operation>: `: "the reference lists values [Worker],
    /// the spec none".
    ///
    /// - Parameter source: What the index was written from, as the sentence names it: `the reference`,
    ///   or `the SDK` for an SDK index.
    public func difference(naming source: String = "the reference") -> String {
        let value = self.reference
        switch self.attribute {
        case .type:
            return "\(source) types it \(value), the spec \(self.spec ?? "gives no type")"
        case .required:
            func word(_ flag: String?) -> String { flag == "true" ? "required" : "optional" }
            return "\(source) marks it \(word(value)), the spec \(word(self.spec))"
        case .enum:
            return "\(source) lists values \(value), the spec \(self.spec ?? "none")"
        case .methods:
            return "\(source) allows \(value), the spec \(self.spec ?? "states none")"
        default:
            let spec = self.spec.map { "the spec's \($0)" } ?? "the spec has none"
            return "\(source)'s \(self.attribute.rawValue) is \(value), \(spec)"
        }
    }
}
