/// Gathers the deviations found in one answer, counting repeats, or stops at the first in strict mode.
struct DriftCollector {
    /// One distinct deviation within the answer.
    struct Entry: Hashable {
        var path: String
        var kind: ResponseDrift.Kind
        var declared: String?
        var observed: String?
        var value: String?
    }

    /// Whether the first deviation ends decoding.
    let isStrict: Bool
    /// Deviations in the order first seen, with how often each occurred.
    private(set) var entries: [Entry] = []
    private var counts: [Entry: Int] = [:]
    /// Set while a value is being decoded only to be thrown away, so that it reports nothing.
    var isMuted = false

    init(isStrict: Bool) {
        self.isStrict = isStrict
    }

    /// Notes a deviation.
    ///
    /// - Throws: ``StrictDecodingViolation`` in strict mode.
    mutating func record(_ entry: Entry) throws {
        guard !self.isMuted else { return }
        if self.isStrict {
            throw StrictDecodingViolation(
                drift: ResponseDrift(
                    path: entry.path, kind: entry.kind, declared: entry.declared, observed: entry.observed,
                    value: entry.value))
        }
        if let count = self.counts[entry] {
            self.counts[entry] = count + 1
        } else {
            self.counts[entry] = 1
            self.entries.append(entry)
        }
    }

    /// The records, in the order first seen.
    var records: [ResponseDrift] {
        self.entries.map { entry in
            ResponseDrift(
                path: entry.path, kind: entry.kind, declared: entry.declared, observed: entry.observed,
                value: entry.value, count: self.counts[entry] ?? 1)
        }
    }
}

/// Strict decoding met a deviation from the spec.
struct StrictDecodingViolation: Error {
    var drift: ResponseDrift
}

/// A value could not be read as its declared type; the field that holds it is left empty.
///
/// Thrown after the deviation was recorded, and caught where a field or list element can be
/// left out.
struct UnreadableValue: Error {}
