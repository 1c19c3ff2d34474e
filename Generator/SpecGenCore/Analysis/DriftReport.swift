/// What `specgen drift` found: the drift records grouped by the spec node they contradict, each with
/// the edit that resolves it or the reason it needs a person.
///
/// ## JSON form
///
/// ``json()`` writes this model with sorted keys; the field names are stable:
///
/// - `schemaVersion`: `1`.
/// - `applied`: whether the edits were written (`--apply`).
/// - `summary`: `records` read, `findings`, `answers` behind the findings, findings that are `fixable`
///   by an edit and that need a `manual` fix, records the spec already `allowed`, records that are
///   `unmatched` (their path leaves the spec) and `skipped` (no spec folder for their service).
/// - `findings[]`, most answers first: `location` (`file`, `line`, `column` of the spec node: a field's
///   schema, an object's `properties`, an enum), `service`, `kind` (as in records), `subject` (the
///   field, or the object for `unknown-field`), `member` (the unknown field's name), `declared` (what the
///   spec allows, e.g. `integer or string`), `observed` and `value` (as in records), `answers` (records),
///   `occurrences` (their counts added up), `operations[]` and `paths[]` (sorted), `message`, and `fix`:
///   `action` (`edit` or `manual`), `detail`, `location` (where the edit goes).
/// - `unmatched[]`: `location` (the first record's file and line), `service`, `operation`, `path`,
///   `kind`, `answers`, `reason`.
/// - `skipped[]`: `service`, `records`.
/// - `edited[]`: `file`, `changes` (files written by `--apply`).
///
/// Optional fields are absent when empty.
public struct DriftReport: Codable, Sendable, Equatable {
    /// The version of the JSON layout; raised when a field changes meaning or disappears.
    public static let currentSchemaVersion = 1
    /// The exit status for a run that could not read its records or specs.
    public static let errorExitStatus: Int32 = 1

    /// A place in a spec or record file.
    public typealias Location = CoverageReport.Location

    /// The version of the JSON layout this value was made with.
    public var schemaVersion: Int
    /// Whether the edits were written.
    public var applied: Bool
    /// Counts over the whole run.
    public var summary: Summary
    /// Contradictions, most answers first.
    public var findings: [Finding]
    /// Records whose path does not lead into the spec.
    public var unmatched: [Unmatched]
    /// Services with records but no spec folder.
    public var skipped: [Skipped]
    /// Files written by `--apply`, in path order.
    public var edited: [EditedFile]

    /// Creates a report, counting its parts.
    public init(
        records: Int, allowed: Int, findings: [Finding], unmatched: [Unmatched], skipped: [Skipped],
        edited: [EditedFile], applied: Bool
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.applied = applied
        self.findings = findings
        self.unmatched = unmatched
        self.skipped = skipped
        self.edited = edited
        self.summary = Summary(
            records: records, findings: findings.count, answers: findings.reduce(0) { $0 + $1.answers },
            fixable: findings.count { $0.fix.action == .edit }, manual: findings.count { $0.fix.action == .manual },
            allowed: allowed, unmatched: unmatched.reduce(0) { $0 + $1.answers },
            skipped: skipped.reduce(0) { $0 + $1.records })
    }

    /// Counts over the whole run.
    public struct Summary: Codable, Sendable, Equatable {
        /// Records read.
        public var records: Int
        /// Findings (groups of records contradicting one spec node the same way).
        public var findings: Int
        /// Records behind the findings.
        public var answers: Int
        /// Findings an edit resolves.
        public var fixable: Int
        /// Findings that need a person.
        public var manual: Int
        /// Records the spec already allows.
        public var allowed: Int
        /// Records whose path leaves the spec.
        public var unmatched: Int
        /// Records of services without a spec folder.
        public var skipped: Int
    }

    /// Records that contradict one spec node in the same way.
    public struct Finding: Codable, Sendable, Equatable {
        /// The spec node contradicted.
        public var location: Location?
        /// The service, by `x-sdk.name`.
        public var service: String
        /// The records' kind, e.g. `coerced-type`.
        public var kind: String
        /// The field, or for an unknown field the object that lacks it.
        public var subject: String
        /// The unknown field's name.
        public var member: String?
        /// What the spec allows, e.g. `integer` or `integer or string`.
        public var declared: String
        /// The JSON type the server sent.
        public var observed: String?
        /// The value the server sent, for an unknown enum value.
        public var value: String?
        /// How many answers (records).
        public var answers: Int
        /// The records' counts added up.
        public var occurrences: Int
        /// The operations whose answers drifted, sorted.
        public var operations: [String]
        /// The record paths, sorted.
        public var paths: [String]
        /// One sentence for people.
        public var message: String
        /// The edit that resolves it, or why there is none.
        public var fix: Fix
    }

    /// How a finding is resolved.
    public struct Fix: Codable, Sendable, Equatable {
        /// Whether an edit resolves it.
        public enum Action: String, Codable, Sendable {
            /// `--apply` edits the spec.
            case edit
            /// A person must decide.
            case manual
        }

        /// Edit or manual.
        public var action: Action
        /// What the edit does, or what to look at.
        public var detail: String
        /// Where the edit goes.
        public var location: Location?
    }

    /// Records whose path does not lead into the spec.
    public struct Unmatched: Codable, Sendable, Equatable {
        /// The first such record's file and line.
        public var location: Location
        /// The service.
        public var service: String
        /// The operation.
        public var operation: String
        /// The record path.
        public var path: String
        /// The records' kind.
        public var kind: String
        /// How many records.
        public var answers: Int
        /// Where the path leaves the spec.
        public var reason: String
    }

    /// Records of a service no spec folder was given for.
    public struct Skipped: Codable, Sendable, Equatable {
        /// The service name in the records.
        public var service: String
        /// How many records.
        public var records: Int
    }

    /// A spec file written by `--apply`.
    public struct EditedFile: Codable, Sendable, Equatable {
        /// The file, as diagnostics name it.
        public var file: String
        /// How many changes: types, properties, required names and enum values added or removed.
        public var changes: Int
    }

    /// The exit status of `specgen drift`: 0 when nothing contradicts the spec any more, 1 when drift
    /// remains (without `--apply`, any finding; with it, findings that need a manual fix).
    public var exitStatus: Int32 {
        let remaining = self.applied ? self.summary.manual : self.summary.findings
        return remaining > 0 ? 1 : 0
    }
}
