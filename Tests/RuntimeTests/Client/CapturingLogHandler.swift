import Logging
import Synchronization

/// A log handler that keeps every line, with its metadata, in memory.
struct CapturingLogHandler: LogHandler {
    /// One captured line.
    struct Line: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]

        /// The message and its metadata as one text, for "never contains" checks.
        var rendered: String {
            ([self.message] + self.metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
                .joined(separator: " ")
        }
    }

    /// Where the lines go; share one store between the handler and the test.
    final class Store: Sendable {
        private let lines = Mutex<[Line]>([])

        var captured: [Line] {
            self.lines.withLock { $0 }
        }

        func append(_ line: Line) {
            self.lines.withLock { $0.append(line) }
        }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = self.metadata.merging(event.metadata ?? [:]) { $1 }
        self.store.append(Line(level: event.level, message: event.message.description, metadata: merged.mapValues { "\($0)" }))
    }

    /// A debug-level logger writing into `store`.
    static func logger(_ store: Store) -> Logger {
        Logger(label: "capture") { _ in CapturingLogHandler(store: store) }
    }
}
