/// One fault the mock injects instead of its normal answer, or into it.
///
/// Written on the command line as `ACTION[:OPTION]...` (options may also be separated by commas):
///
/// | action | effect |
/// | --- | --- |
/// | `throttle` | the vendor's flow-control error: Alibaba 429 `Throttling.User`, Kingsoft 409 `LimitExceeded` |
/// | `status=CODE` | a vendor-shaped error with this status (400–599); `ServiceUnavailable` for 5xx |
/// | `stall=DURATION` | read the request, answer nothing for `DURATION` (`500ms`, `5s`, `1.5s`), then close |
/// | `close` | read the request, then close the connection without answering |
/// | `drift[=KINDS]` | answer normally, but make a 2xx JSON answer drift from the spec (``ResponseMutator``) |
///
/// `drift` applies every ``ResponseMutation``; `KINDS` picks some, joined by `+`: `strings` (numbers
/// and booleans sent as strings), `fields` (undocumented members), `nulls` (`null` for absent
/// optional fields), `missing` (one required member removed), `enums` (unlisted enum values), e.g.
/// `drift=strings+fields`.
///
/// | option | meaning |
/// | --- | --- |
/// | `count=N` | inject at most N times (then behave normally) |
/// | `rate=P` | inject with probability P (0…1) per matching request, from a seeded generator |
/// | `operation=NAME` | only requests routed to this operation (`DescribeClusterDetail`) |
/// | `service=NAME` | only requests for this service (`ACK`, `KCE`, `KCR`) |
/// | `retry-after=SECONDS` | send `Retry-After` with `throttle` (default 1) or `status` |
///
/// Without `count` and `rate` a rule applies to every matching request. Rules are tried in the
/// order given; the first that fires wins. `drift` rules are tried only once the mock has its answer
/// and it is a 2xx JSON answer (from the examples or the stateful store), so their `count` counts
/// the answers they were applied to, and an error answer is never changed.
///
/// ```
/// specmock --fault throttle:rate=0.2 --fault status=503:count=2 --fault stall=5s:operation=DescribeClusterDetail
/// specmock --stateful --fault drift=strings+enums:service=ACK:count=10
/// ```
public struct FaultRule: Sendable, Hashable, CustomStringConvertible {
    /// What the rule does when it fires.
    public enum Action: Sendable, Hashable {
        /// The vendor's flow-control error.
        case throttle
        /// A vendor-shaped error with this HTTP status.
        case status(Int)
        /// No answer for this many seconds, then the connection closes.
        case stall(seconds: Double)
        /// The connection closes without an answer.
        case close
        /// The normal answer, drifted by these mutations.
        case drift(Set<ResponseMutation>)
    }

    /// What the rule does.
    public var action: Action
    /// How many times it may fire; nil for no limit.
    public var count: Int?
    /// The probability of firing per matching request; nil for always.
    public var rate: Double?
    /// The operation it is limited to; nil for all.
    public var operation: String?
    /// The service it is limited to; nil for all.
    public var service: String?
    /// Seconds for `Retry-After`; nil for none (a throttle rule defaults to 1).
    public var retryAfter: Int?
    /// The text the rule was parsed from (or an equivalent), for messages.
    public var description: String

    /// Creates a rule.
    public init(
        action: Action, count: Int? = nil, rate: Double? = nil, operation: String? = nil, service: String? = nil,
        retryAfter: Int? = nil
    ) {
        self.action = action
        self.count = count
        self.rate = rate
        self.operation = operation
        self.service = service
        self.retryAfter = retryAfter
        self.description = Self.render(action, count, rate, operation, service, retryAfter)
    }

    /// Whether the rule is limited to requests that this operation of this service answers.
    func matches(service: String?, operation: String?) -> Bool {
        if let wanted = self.operation, wanted != operation { return false }
        if let wanted = self.service, wanted.lowercased() != service?.lowercased() { return false }
        return true
    }

    private static func render(
        _ action: Action, _ count: Int?, _ rate: Double?, _ operation: String?, _ service: String?, _ retryAfter: Int?
    ) -> String {
        var parts: [String]
        switch action {
        case .throttle: parts = ["throttle"]
        case .status(let code): parts = ["status=\(code)"]
        case .stall(let seconds): parts = ["stall=\(seconds)s"]
        case .close: parts = ["close"]
        case .drift(let mutations) where mutations == ResponseMutation.all: parts = ["drift"]
        case .drift(let mutations): parts = ["drift=" + ResponseMutation.names(mutations)]
        }
        if let count { parts.append("count=\(count)") }
        if let rate { parts.append("rate=\(rate)") }
        if let operation { parts.append("operation=\(operation)") }
        if let service { parts.append("service=\(service)") }
        if let retryAfter { parts.append("retry-after=\(retryAfter)") }
        return parts.joined(separator: ":")
    }
}
