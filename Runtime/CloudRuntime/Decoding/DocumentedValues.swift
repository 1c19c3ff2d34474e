import Synchronization

/// Each enumeration's documented raw values, gathered once per process: every answer checks the
/// same few enumerations, and building the set from `allCases` on each decode cost more than the
/// decoding around it.
final class DocumentedValues: Sendable {
    /// The one cache.
    static let shared = DocumentedValues()

    private let sets = Mutex<[ObjectIdentifier: Set<String>]>([:])

    /// Whether the spec lists the value's raw value for its type.
    func contains<Value: ExtensibleEnum>(_ value: Value) -> Bool {
        let type = ObjectIdentifier(Value.self)
        if let known = self.sets.withLock({ $0[type] }) { return known.contains(value.rawValue) }
        let values = Set(Value.allCases.map(\.rawValue))
        self.sets.withLock { $0[type] = values }
        return values.contains(value.rawValue)
    }
}
