/// A problem found in a spec, printed in the compiler's form:
/// `spec/alibaba-ack/groups/clusters.yaml:42:7: error: path parameter 'ClusterId' is not declared`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// Where; nil only for problems that have no place in a file (a missing folder).
    public var location: SourceLocation?
    /// Further places, printed as `note:` lines (e.g. the first definition of a duplicate).
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// A note at a location.
    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// The diagnostic and its notes, one line each, in the compiler's form.
    public var description: String {
        var lines = [self.line]
        lines += self.notes.map(\.line)
        return lines.joined(separator: "\n")
    }

    private var line: String {
        let prefix = self.location.map { "\($0): " } ?? ""
        return "\(prefix)\(self.severity.rawValue): \(self.message)"
    }
}

/// Thrown when a stage found errors; carries every diagnostic collected so far, errors and warnings alike.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, in file and line order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        self.diagnostics.map(\.description).joined(separator: "\n")
    }
}
