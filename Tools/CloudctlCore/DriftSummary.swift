import CloudRuntime
import Synchronization

/// The differences from the spec in the answers of one `cloudctl` run, summed up for one line on
/// standard error.
final class DriftSummary: Sendable {
    private let records = Mutex<[ResponseDrift]>([])

    /// A handler that adds each answer's records to the summary.
    var handler: DriftHandler {
        DriftHandler { drift in self.records.withLock { $0 += drift } }
    }

    /// For example `cloudctl: the answer differed from the spec in 3 places (2 coerced-type,
    /// 1 unknown-field); recorded in drift.ndjson`, or nothing when no answer drifted.
    ///
    /// - Parameter file: The `--record-drift` file, when one was given.
    func line(recordedIn file: String?) -> String {
        let records = self.records.withLock { $0 }
        guard !records.isEmpty else { return "" }
        var counts: [String: Int] = [:]
        for record in records { counts[record.kind.rawValue, default: 0] += record.count }
        let places = counts.values.reduce(0, +)
        let kinds = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let answers = Set(records.map { "\($0.operation) \($0.requestID ?? "")" }).count
        let subject = answers == 1 ? "the answer differed" : "\(answers) answers differed"
        let destination =
            file.map { "recorded in \($0)" } ?? "record them with --record-drift FILE for specgen drift"
        return "cloudctl: \(subject) from the spec in \(places) place\(places == 1 ? "" : "s") (\(kinds)); "
            + "\(destination)\n"
    }
}
