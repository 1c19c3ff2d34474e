import CloudRuntime

/// Collects the drift a mutation causes as the client reports it: one record per path, kind,
/// declared type, observed type and value, counting repeats (the same field in every element of
/// a list), in the order first met.
struct DriftTally {
    private var records: [ResponseDrift] = []
    private var positions: [Key: Int] = [:]
    private let service: String
    private let operation: String

    private struct Key: Hashable {
        var path: String
        var kind: ResponseDrift.Kind
        var declared: String?
        var observed: String?
        var value: String?
    }

    /// Starts an empty tally for one operation's answer.
    init(service: String, operation: String) {
        self.service = service
        self.operation = operation
    }

    /// Counts one occurrence.
    mutating func add(
        _ kind: ResponseDrift.Kind, at path: [ResponseDrift.PathStep], declared: String?, observed: String?,
        value: String? = nil
    ) {
        let key = Key(
            path: ResponseDrift.path(path), kind: kind, declared: declared, observed: observed, value: value)
        if let position = self.positions[key] {
            self.records[position].count += 1
            return
        }
        self.positions[key] = self.records.count
        self.records.append(
            ResponseDrift(
                service: self.service, operation: self.operation, path: key.path, kind: kind, declared: declared,
                observed: observed, value: value, count: 1, requestID: nil))
    }

    /// The records, in the order first met.
    var drift: [ResponseDrift] { self.records }
}
