import Synchronization

/// Receives diagnostics as a stage finds them.
///
/// A recoverable problem is emitted and the stage goes on; what to do with it (keep it, stop on errors,
/// show it) is the collector's business. To conform, implement ``emit(_:)``:
/// ```swift
/// struct CountingErrors: DiagnosticCollector {
///     let errors = Mutex(0)
///     func emit(_ diagnostic: Diagnostic) throws {
///         if diagnostic.severity == .error { errors.withLock { $0 += 1 } }
///     }
/// }
/// ```
public protocol DiagnosticCollector: Sendable {
    /// Takes one diagnostic.
    /// - Throws: When the collector decides the stage must stop (see ``ThrowingOnErrorDiagnostics``).
    func emit(_ diagnostic: Diagnostic) throws
}

extension DiagnosticCollector {
    /// Emits several diagnostics in order.
    public func emit(_ diagnostics: [Diagnostic]) throws {
        for diagnostic in diagnostics { try self.emit(diagnostic) }
    }
}

/// Keeps every diagnostic, for `lint` and for tests.
public final class CollectingDiagnostics: DiagnosticCollector {
    private let storage = Mutex<[Diagnostic]>([])

    /// Creates an empty collector.
    public init() {}

    /// Keeps the diagnostic; never throws.
    public func emit(_ diagnostic: Diagnostic) {
        self.storage.withLock { $0.append(diagnostic) }
    }

    /// Keeps several diagnostics; never throws.
    public func emit(_ diagnostics: [Diagnostic]) {
        self.storage.withLock { $0 += diagnostics }
    }

    /// Everything emitted so far, sorted by location.
    public var diagnostics: [Diagnostic] {
        self.storage.withLock { $0 }.sortedByLocation()
    }

    /// Whether any error was emitted.
    public var hasErrors: Bool {
        self.storage.withLock { $0.contains { $0.severity == .error } }
    }
}

/// Passes diagnostics on, and throws a ``DiagnosticsError`` at the first error.
public struct ThrowingOnErrorDiagnostics: DiagnosticCollector {
    /// Where diagnostics go before the check.
    public let upstream: any DiagnosticCollector

    /// Creates the collector.
    /// - Parameter upstream: The collector every diagnostic is passed to first.
    public init(upstream: any DiagnosticCollector) {
        self.upstream = upstream
    }

    /// Passes the diagnostic upstream, then throws if it is an error.
    /// - Throws: ``DiagnosticsError`` holding the diagnostic when it is an error.
    public func emit(_ diagnostic: Diagnostic) throws {
        try self.upstream.emit(diagnostic)
        if diagnostic.severity == .error { throw DiagnosticsError([diagnostic]) }
    }
}
