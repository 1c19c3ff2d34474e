/// What changed between two versions of a service's spec, judged from the lowered SDK models and
/// classified by what the change means for code that uses the generated Swift library.
///
/// JSON form (``schemaVersion`` 1, keys sorted): `{"schemaVersion", "summary": {"breaking",
/// "nonBreaking", "documentation"}, "services": [{"name", "base", "head", "changes": [{"subject",
/// "kind", "impact", "detail"}], "symbols": [{"symbol", "change", "before", "after"}],
/// "coverage": {"before", "after"}}]}`; `impact` is `breaking`, `non-breaking` or `documentation`;
/// `change` is `added`, `removed` or `changed`; `before`, `after` and `coverage` are absent when empty.
public struct SpecDiff: Codable, Sendable, Equatable {
    /// The version of the JSON layout; raised when a field changes meaning or disappears.
    public static let currentSchemaVersion = 1

    /// The version of the JSON layout this value was made with.
    public var schemaVersion: Int
    /// Counts of changes by impact over all services.
    public var summary: Summary
    /// One entry per compared service.
    public var services: [Service]

    /// Creates a diff from per-service results, counting their changes.
    public init(services: [Service]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.services = services
        let changes = services.flatMap(\.changes)
        self.summary = Summary(
            breaking: changes.count { $0.impact == .breaking },
            nonBreaking: changes.count { $0.impact == .nonBreaking },
            documentation: changes.count { $0.impact == .documentation })
    }

    /// What a change means for a client of the generated library.
    public enum Impact: String, Codable, Sendable, Comparable, CaseIterable {
        /// Existing client code may stop compiling or behave differently.
        case breaking
        /// Existing client code keeps compiling and working.
        case nonBreaking = "non-breaking"
        /// Only descriptions or summaries changed.
        case documentation

        private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        /// Breaking first, documentation last.
        public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
    }

    /// Which findings make `specgen diff` fail.
    public enum FailLevel: String, Sendable, CaseIterable {
        /// Only breaking changes fail.
        case breaking
        /// Any change except documentation-only ones fails.
        case any
    }

    /// Change counts by impact.
    public struct Summary: Codable, Sendable, Equatable {
        /// Changes that break clients.
        public var breaking: Int
        /// Additive or otherwise compatible changes.
        public var nonBreaking: Int
        /// Description-only changes.
        public var documentation: Int
    }

    /// One classified change, e.g. a removed operation or a field whose type changed.
    public struct Change: Codable, Sendable, Equatable, Comparable {
        /// What changed, as a dotted path: `DescribeCluster`, `DescribeCluster.request.ClusterId`.
        public var subject: String
        /// A stable kebab-case kind, e.g. `operation-removed`, `field-type-changed`.
        public var kind: String
        /// What the change means for clients.
        public var impact: Impact
        /// A short human explanation with before and after values.
        public var detail: String

        /// Creates a change.
        public init(subject: String, kind: String, impact: Impact, detail: String) {
            self.subject = subject
            self.kind = kind
            self.impact = impact
            self.detail = detail
        }

        /// Ordered by impact, then subject, then kind, so reports are deterministic.
        public static func < (lhs: Change, rhs: Change) -> Bool {
            (lhs.impact, lhs.subject, lhs.kind, lhs.detail) < (rhs.impact, rhs.subject, rhs.kind, rhs.detail)
        }
    }

    /// A public Swift declaration of the generated library that appeared, disappeared or changed.
    public struct SymbolChange: Codable, Sendable, Equatable {
        /// The declaration's key, e.g. `ACK.DescribeClusterRequest.clusterID` or `ACKClient.describeCluster`.
        public var symbol: String
        /// `added`, `removed` or `changed`.
        public var change: String
        /// The declaration before, e.g. `ACK.DescribeClusterRequest.clusterID: Swift.String`.
        public var before: String?
        /// The declaration after.
        public var after: String?
    }

    /// Docs-index coverage percentages before and after, when both folders have an index.
    public struct Coverage: Codable, Sendable, Equatable {
        /// Percentage for the base spec.
        public var before: Double
        /// Percentage for the head spec.
        public var after: Double
    }

    /// The comparison of one service.
    public struct Service: Codable, Sendable, Equatable {
        /// The service name (`x-sdk.name`) of the head spec.
        public var name: String
        /// Where the base spec came from, as given.
        public var base: String
        /// Where the head spec came from, as given.
        public var head: String
        /// Classified changes, breaking first.
        public var changes: [Change]
        /// Public Swift API changes, sorted by symbol.
        public var symbols: [SymbolChange]
        /// Coverage before and after, or nil without docs indexes.
        public var coverage: Coverage?
    }

    /// Whether the diff has findings at a level: breaking changes, or any non-documentation change.
    public func hasFindings(failingOn level: FailLevel) -> Bool {
        switch level {
        case .breaking: self.summary.breaking > 0
        case .any: self.summary.breaking + self.summary.nonBreaking > 0
        }
    }

    /// The exit status `specgen diff` uses: 1 with findings at the level, 0 without.
    public func exitStatus(failingOn level: FailLevel) -> Int32 {
        self.hasFindings(failingOn: level) ? 1 : 0
    }
}
