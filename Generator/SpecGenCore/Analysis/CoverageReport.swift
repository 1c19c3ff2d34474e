/// How much of each service's vendor reference (its docs index) the spec describes.
///
/// Built by ``SpecGen/coverage(directories:)`` with the same name resolution as ``DocsIndexCheck``, so
/// every gap lint reports is a gap here and the other way round.
///
/// ## JSON form
///
/// ``json()`` writes this model with sorted keys and two-space indentation; the field names are stable:
///
/// - `schemaVersion`: `1`.
/// - `services[]`: one per spec folder, in argument order:
///   - `directory`: the spec folder as given; a folder with an SDK index appears twice, once per index.
///   - `index`: `docs-index` (the vendor reference) or `sdk-index` (the vendor's current SDK).
///   - `sources[]`: the index files' `source:` values.
///   - `operations[]`: documented operations in index order (index files by name, then order in the file):
///     `name`, `location` (`file`, `line`, `column` of the index entry), `status` (`present`, `mismatched`
///     when the spec has the operation at another method, path or action, `missing`), `routeProblems[]`
///     (messages, for `mismatched`), `methods` (the RPC methods the reference allows, an attribute check
///     as below, when the index records them), `parameters[]` and `responseFields[]` (each `name` as a
///     dotted path, `covered`, `location`, and `attributes[]`: one check per attribute the index records,
///     with `attribute`, `status` (`agrees`, `recorded` when an `x-reference` records the reference's
///     value, `differs`, `unchecked` when the spec lacks the name), `reference` and `spec` (the values as
///     messages write them; `spec` absent when the spec gives none), `record` (the spec node's
///     `x-reference` entry for the attribute: `value`, `reason`, `location`) and `location`).
///   - `undocumented[]`: spec operations the index does not list, by name (`name`, `location` of the
///     spec's `operationId`).
///   - `staleRecords[]`: `x-reference` entries that accept no difference: `field`, `attribute`,
///     `recorded`, `staleness` (`undocumented`: no index entry records the attribute for the node;
///     `resolved`: the spec agrees with the index; `changed`: the index records another value),
///     `documented[]` (the values the index records) and `location` (of the entry in the spec).
///   - `totals`: `operations`, `parameters`, `responseFields` and `names` (their sum), each
///     `{covered, documented}`, and `percent`: covered names over documented names, times 100, rounded
///     to two decimals (100 when nothing is documented); `attributes`: `documented`, `agrees`,
///     `recorded`, `differs`, `unchecked`, counting every attribute check.
public struct CoverageReport: Codable, Sendable, Equatable {
    /// The version of this JSON form; it changes only when a field is renamed or removed.
    public var schemaVersion: Int
    /// One entry per spec folder, in the order given.
    public var services: [Service]

    /// Creates a report.
    public init(services: [Service]) {
        self.schemaVersion = 1
        self.services = services
    }

    /// Whether every service is at or above its threshold.
    ///
    /// - Parameters:
    ///   - minimum: The lowest acceptable percentage of the reference; nil accepts any coverage.
    ///   - sdkMinimum: The lowest acceptable percentage of the SDK index; nil accepts any coverage.
    /// - Returns: True when no service is below `minimum`.
    public func passes(minimum: Double?, sdkMinimum: Double? = nil) -> Bool {
        self.services.allSatisfy { $0.totals.meets(minimum: $0.index == .sdk ? sdkMinimum : minimum) }
    }
}

extension CoverageReport {
    /// Where a name is written: an index entry, or a spec's `operationId`.
    public struct Location: Codable, Sendable, Equatable {
        /// The file path, as diagnostics name it.
        public var file: String
        /// The line, counting from 1.
        public var line: Int
        /// The column, counting from 1.
        public var column: Int

        /// Copies a source location.
        public init(_ location: SourceLocation) {
            self.file = location.file
            self.line = location.line
            self.column = location.column
        }

        /// The location in the compiler's `file:line:column` form.
        public var sourceLocation: SourceLocation {
            SourceLocation(file: self.file, line: self.line, column: self.column)
        }
    }

    /// Whether the spec has a documented operation.
    public enum Status: String, Codable, Sendable {
        /// In the spec, at the documented method and path (or action).
        case present
        /// In the spec, but at another method, path or action.
        case mismatched
        /// Not in the spec.
        case missing
    }

    /// One documented parameter or response field.
    public struct Name: Codable, Sendable, Equatable {
        /// The dotted wire-name path, as the index writes it.
        public var name: String
        /// Whether the spec describes it.
        public var covered: Bool
        /// Where the index writes it.
        public var location: Location
        /// The attributes the index records for it, each compared with the spec, in the order written.
        public var attributes: [AttributeCheck]
    }

    /// One documented operation and how much of it the spec describes.
    public struct Operation: Codable, Sendable, Equatable {
        /// The vendor API name.
        public var name: String
        /// Where the index entry's `operation:` is written.
        public var location: Location
        /// Whether the spec has it.
        public var status: Status
        /// How the spec's route differs from the documented one; empty unless ``status`` is `mismatched`.
        public var routeProblems: [String]
        /// The RPC methods the reference allows, compared with the spec's, when the index records them.
        public var methods: AttributeCheck?
        /// Documented parameters; all uncovered when the operation is missing.
        public var parameters: [Name]
        /// Documented response fields; all uncovered when the operation is missing.
        public var responseFields: [Name]
    }

    /// A spec operation the docs index does not list.
    public struct Undocumented: Codable, Sendable, Equatable {
        /// The operation ID.
        public var name: String
        /// Where the spec writes the operation ID.
        public var location: Location
    }

    /// Covered and documented counts of one kind of name.
    public struct Tally: Codable, Sendable, Equatable {
        /// How many the spec describes.
        public var covered: Int
        /// How many the index documents.
        public var documented: Int

        /// Creates a tally from its counts.
        public init(covered: Int, documented: Int) {
            self.covered = covered
            self.documented = documented
        }

        /// Counts names by whether each is covered.
        public init(_ covered: [Bool]) {
            self.init(covered: covered.count { $0 }, documented: covered.count)
        }

        static func + (left: Tally, right: Tally) -> Tally {
            var result = left
            result.covered += right.covered
            result.documented += right.documented
            return result
        }
    }

    /// A service's counts and overall percentage.
    public struct Totals: Codable, Sendable, Equatable {
        /// Operations present at their documented route.
        public var operations: Tally
        /// Documented parameters.
        public var parameters: Tally
        /// Documented response fields.
        public var responseFields: Tally
        /// All three together: the names the percentage is computed from.
        public var names: Tally
        /// Every documented attribute (of names, and operations' methods) by how it compares.
        public var attributes: AttributeTally
        /// Covered names over documented names, times 100, rounded to two decimals; 100 when nothing is documented.
        public var percent: Double

        /// Totals of a list of operations.
        public init(_ operations: [Operation]) {
            self.operations = Tally(operations.map { $0.status == .present })
            self.parameters = Tally(operations.flatMap(\.parameters).map(\.covered))
            self.responseFields = Tally(operations.flatMap(\.responseFields).map(\.covered))
            self.names = self.operations + self.parameters + self.responseFields
            self.attributes = AttributeTally(operations.flatMap(\.attributeChecks))
            self.percent =
                self.names.documented == 0
                ? 100 : (Double(self.names.covered) * 10_000 / Double(self.names.documented)).rounded() / 100
        }

        /// Whether the coverage is at or above a threshold, compared exactly (not after rounding).
        ///
        /// - Parameter minimum: The lowest acceptable percentage; nil accepts any coverage.
        public func meets(minimum: Double?) -> Bool {
            guard let minimum, self.names.documented > 0 else { return true }
            return Double(self.names.covered) * 100 >= minimum * Double(self.names.documented)
        }
    }

    /// The coverage of one spec folder.
    public struct Service: Codable, Sendable, Equatable {
        /// The spec folder, as given.
        public var directory: String
        /// The index measured against: the reference's (`docs-index`) or the SDK's (`sdk-index`).
        public var index: DocsIndex.Kind
        /// The index files' `source:` values (the reference file, or the SDK package and version).
        public var sources: [String]
        /// Documented operations, in index order.
        public var operations: [Operation]
        /// Spec operations the index does not list, by name.
        public var undocumented: [Undocumented]
        /// `x-reference` entries of the spec that accept no difference, in spec order.
        public var staleRecords: [StaleRecord]
        /// Counts and percentage.
        public var totals: Totals

        /// Creates a service's coverage; the totals are computed from the operations.
        public init(
            directory: String, index: DocsIndex.Kind = .reference, sources: [String] = [], operations: [Operation],
            undocumented: [Undocumented], staleRecords: [StaleRecord] = []
        ) {
            self.directory = directory
            self.index = index
            self.sources = sources
            self.operations = operations
            self.undocumented = undocumented
            self.staleRecords = staleRecords
            self.totals = Totals(operations)
        }
    }
}

extension CoverageReport.Service {
    /// How reports title the service: the folder, and for the SDK index, which SDK.
    var title: String {
        switch self.index {
        case .reference: self.directory
        case .sdk: "\(self.directory) against the \(self.index.label) (\(self.sources.joined(separator: ", ")))"
        }
    }
}

extension CoverageReport.Operation {
    /// Every attribute check of the operation: its methods, then its parameters' and response fields'.
    public var attributeChecks: [CoverageReport.AttributeCheck] {
        (self.methods.map { [$0] } ?? []) + (self.parameters + self.responseFields).flatMap(\.attributes)
    }
}
