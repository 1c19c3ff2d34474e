import Synchronization

/// Decides, request by request, whether a fault rule fires: counts each rule's firings and draws
/// from a seeded generator for `rate`, so a run with the same seed and requests is repeatable.
///
/// Thread-safe; the rules can be replaced while the server runs (tests, demos).
public final class FaultInjector: Sendable {
    private struct State {
        var rules: [FaultRule]
        var fired: [Int]
        var random: SeededRandom
    }

    private let state: Mutex<State>

    /// Creates an injector.
    /// - Parameters:
    ///   - rules: The rules, tried in order.
    ///   - seed: The seed of the generator `rate` draws from.
    public init(rules: [FaultRule] = [], seed: UInt64 = 0) {
        self.state = Mutex(
            State(rules: rules, fired: Array(repeating: 0, count: rules.count), random: SeededRandom(seed: seed)))
    }

    /// The rules in force.
    public var rules: [FaultRule] {
        self.state.withLock { $0.rules }
    }

    /// Replaces the rules and resets their counts (the generator keeps its position).
    public func setRules(_ rules: [FaultRule]) {
        self.state.withLock { state in
            state.rules = rules
            state.fired = Array(repeating: 0, count: rules.count)
        }
    }

    /// How often each rule has fired, in rule order.
    public var firings: [Int] {
        self.state.withLock { $0.fired }
    }

    /// The rule that fires for a request, if any; firing is counted.
    /// - Parameters:
    ///   - service: The service the request was routed to; nil when it was not routed.
    ///   - operation: The operation; nil when it was not routed.
    ///   - isCandidate: Which actions to try now; the other rules are skipped without a draw, so
    ///     answer-replacing rules and `drift` rules can be tried at their own steps.
    /// - Returns: The first candidate rule that matches, has firings left and wins its draw.
    func fire(
        service: String?, operation: String?, trying isCandidate: (FaultRule.Action) -> Bool
    ) -> FaultRule? {
        self.state.withLock { state in
            for index in state.rules.indices {
                let rule = state.rules[index]
                guard isCandidate(rule.action), rule.matches(service: service, operation: operation) else { continue }
                if let count = rule.count, state.fired[index] >= count { continue }
                if let rate = rule.rate, state.random.nextUnit() >= rate { continue }
                state.fired[index] += 1
                return rule
            }
            return nil
        }
    }
}

/// SplitMix64: a small, fast generator whose sequence is fixed by its seed.
struct SeededRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func nextUnit() -> Double {
        Double(self.next() >> 11) / Double(1 << 53)
    }
}
