import Foundation
import Logging
import Synchronization

/// Receives the deviations from the spec found in each answer a client decodes.
///
/// A client calls its handler once per answer that drifted, with every record of that answer
/// (``ResponseDrift`` carries the service, operation and request ID). Handlers run on the calling
/// task, after decoding, so they should be quick.
///
/// ```swift
/// let configuration = ClientConfiguration(
///     region: "cn-beijing",
///     driftHandler: .combining(.logging(to: logger), try .recordingNDJSON(to: URL(fileURLWithPath: "drift.ndjson"))))
/// ```
public struct DriftHandler: Sendable {
    private let handle: @Sendable ([ResponseDrift]) -> Void

    /// Creates a handler from a closure.
    ///
    /// - Parameter handle: Called with the records of one answer.
    public init(_ handle: @escaping @Sendable ([ResponseDrift]) -> Void) {
        self.handle = handle
    }

    /// Passes the records of one answer to the handler.
    public func record(_ drift: [ResponseDrift]) {
        self.handle(drift)
    }

    /// Does nothing with the records.
    public static let ignoring = DriftHandler { _ in }

    /// Passes the records to each handler in turn.
    public static func combining(_ handlers: DriftHandler...) -> DriftHandler {
        DriftHandler { drift in
            for handler in handlers { handler.record(drift) }
        }
    }

    /// Logs each distinct difference (service, operation, path and kind) once, at `notice`, so a
    /// server that always sends a field differently is one line, not one per call.
    ///
    /// - Parameter logger: Where the lines go.
    public static func logging(to logger: Logger) -> DriftHandler {
        let log = DriftLog()
        return DriftHandler { drift in log.write(drift, to: logger) }
    }

    /// Appends every record as one line of JSON (NDJSON) to a file, created when missing: the input
    /// of `specgen drift`.
    ///
    /// - Parameter file: The file.
    /// - Throws: `CocoaError` when the file cannot be opened for appending.
    public static func recordingNDJSON(to file: URL) throws -> DriftHandler {
        let recorder = try NDJSONDriftRecorder(file: file)
        return DriftHandler { drift in recorder.append(drift) }
    }
}

/// The distinct differences logged so far, so each is logged once.
final class DriftLog: Sendable {
    /// Past this many distinct differences, new ones are still logged but no longer remembered.
    static let memoryLimit = 10_000

    private struct Key: Hashable {
        var service: String
        var operation: String
        var path: String
        var kind: ResponseDrift.Kind
    }

    private let seen = Mutex<Set<Key>>([])

    func write(_ drift: [ResponseDrift], to logger: Logger) {
        for record in drift {
            let key = Key(service: record.service, operation: record.operation, path: record.path, kind: record.kind)
            let isNew = self.seen.withLock { seen in
                guard !seen.contains(key) else { return false }
                if seen.count < Self.memoryLimit { seen.insert(key) }
                return true
            }
            guard isNew else { continue }
            var metadata: Logger.Metadata = [
                "service": "\(record.service)", "operation": "\(record.operation)", "path": "\(record.path)",
                "kind": "\(record.kind)",
            ]
            if let declared = record.declared { metadata["declared"] = "\(declared)" }
            if let observed = record.observed { metadata["observed"] = "\(observed)" }
            if let value = record.value { metadata["value"] = "\(value)" }
            if let requestID = record.requestID { metadata["request_id"] = "\(requestID)" }
            logger.notice("answer differs from the spec", metadata: metadata)
        }
    }
}

/// Appends drift records to a file, one JSON object per line, whole lines at a time.
final class NDJSONDriftRecorder: Sendable {
    private let descriptor: Mutex<Int32>

    init(file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        self.descriptor = Mutex(descriptor)
    }

    deinit {
        self.descriptor.withLock { _ = close($0) }
    }

    func append(_ drift: [ResponseDrift]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text: [UInt8] = []
        for record in drift {
            guard let line = try? encoder.encode(record) else { continue }
            text += line
            text.append(0x0A)
        }
        self.descriptor.withLock { descriptor in
            text.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }
}
