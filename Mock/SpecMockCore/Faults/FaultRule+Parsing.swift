import Foundation

extension FaultRule {
    /// Parses a rule written as `ACTION[:OPTION]...` (see ``FaultRule``).
    /// - Parameter text: E.g. `status=503:count=2` or `stall=5s,operation=DescribeClusterDetail`.
    /// - Throws: ``FaultRuleError`` saying what is wrong and what is expected.
    public init(parsing text: String) throws(FaultRuleError) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "," }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let head = parts.first, !head.isEmpty else {
            throw FaultRuleError(text, "empty rule; expected \(Self.actions)")
        }
        let action = try Self.action(head, in: text)
        var rule = FaultRule(action: action)
        var seen: Set<String> = []
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else {
                throw FaultRuleError(text, "option '\(part)' has no value; expected NAME=VALUE")
            }
            let name = part[..<equals].lowercased()
            let value = String(part[part.index(after: equals)...])
            guard seen.insert(name).inserted else { throw FaultRuleError(text, "option '\(name)' is given twice") }
            switch name {
            case "count":
                guard let count = Int(value), count >= 1 else {
                    throw FaultRuleError(text, "count must be a whole number of at least 1, got '\(value)'")
                }
                rule.count = count
            case "rate":
                guard let rate = Double(value), (0...1).contains(rate) else {
                    throw FaultRuleError(text, "rate must be a number from 0 to 1, got '\(value)'")
                }
                rule.rate = rate
            case "operation":
                guard !value.isEmpty else { throw FaultRuleError(text, "operation needs a name") }
                rule.operation = value
            case "service":
                guard !value.isEmpty else { throw FaultRuleError(text, "service needs a name (ACK, KCE or KCR)") }
                rule.service = value
            case "retry-after":
                guard let seconds = Int(value), seconds >= 0 else {
                    throw FaultRuleError(text, "retry-after must be whole seconds, got '\(value)'")
                }
                guard action.takesRetryAfter else {
                    throw FaultRuleError(text, "retry-after applies to throttle and status rules only")
                }
                rule.retryAfter = seconds
            default:
                throw FaultRuleError(
                    text, "unknown option '\(name)'; expected count, rate, operation, service or retry-after")
            }
        }
        if action == .throttle, rule.retryAfter == nil { rule.retryAfter = 1 }
        rule.description = text
        self = rule
    }

    /// The actions, for messages.
    private static let actions = "throttle, status=CODE, stall=DURATION, close or drift[=KINDS]"

    private static func action(_ head: String, in text: String) throws(FaultRuleError) -> Action {
        let pieces = head.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = pieces[0].lowercased()
        let value = pieces.count > 1 ? String(pieces[1]) : nil
        switch (name, value) {
        case ("throttle", nil):
            return .throttle
        case ("close", nil):
            return .close
        case ("status", let value?):
            guard let code = Int(value), (400...599).contains(code) else {
                throw FaultRuleError(text, "status must be an HTTP error status from 400 to 599, got '\(value)'")
            }
            return .status(code)
        case ("stall", let value?):
            guard let seconds = Self.duration(value) else {
                throw FaultRuleError(text, "stall needs a duration such as 500ms, 5s or 1.5s, got '\(value)'")
            }
            return .stall(seconds: seconds)
        case ("drift", nil):
            return .drift(ResponseMutation.all)
        case ("drift", let value?):
            return .drift(try Self.mutations(value, in: text))
        case ("throttle", _), ("close", _):
            throw FaultRuleError(text, "\(name) takes no value")
        case ("status", nil), ("stall", nil):
            throw FaultRuleError(text, "\(name) needs a value: \(name == "status" ? "status=503" : "stall=5s")")
        default:
            throw FaultRuleError(text, "unknown action '\(name)'; expected \(Self.actions)")
        }
    }

    /// The kinds of `drift=strings+fields`: each named once, at least one.
    private static func mutations(_ value: String, in text: String) throws(FaultRuleError) -> Set<ResponseMutation> {
        let expected = ResponseMutation.allCases.map(\.rawValue).joined(separator: ", ")
        guard !value.isEmpty else {
            throw FaultRuleError(text, "drift= needs kinds joined by '+' (\(expected)), or no '=' for all of them")
        }
        var mutations: Set<ResponseMutation> = []
        for name in value.split(separator: "+", omittingEmptySubsequences: false) {
            guard let mutation = ResponseMutation(rawValue: name.lowercased()) else {
                throw FaultRuleError(text, "unknown drift kind '\(name)'; expected \(expected), joined by '+'")
            }
            guard mutations.insert(mutation).inserted else {
                throw FaultRuleError(text, "drift kind '\(name)' is given twice")
            }
        }
        return mutations
    }

    /// Seconds from `500ms`, `5s` or `1.5s`; nil when malformed, negative or over a day.
    static func duration(_ text: String) -> Double? {
        let (number, scale): (Substring, Double) =
            text.hasSuffix("ms") ? (text.dropLast(2), 0.001) : text.hasSuffix("s") ? (text.dropLast(), 1) : ("", 0)
        guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
        let seconds = value * scale
        return seconds <= 86_400 ? seconds : nil
    }
}

extension FaultRule.Action {
    /// Whether the answer is an HTTP error that may carry `Retry-After`.
    var takesRetryAfter: Bool {
        switch self {
        case .throttle, .status: true
        case .stall, .close, .drift: false
        }
    }

    /// Whether the rule changes the mock's answer (`drift`) instead of answering in its place.
    var isDrift: Bool {
        if case .drift = self { return true }
        return false
    }
}

/// A fault rule that cannot be parsed.
public struct FaultRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule as written.
    public var rule: String
    /// What is wrong.
    public var reason: String

    init(_ rule: String, _ reason: String) {
        self.rule = rule
        self.reason = reason
    }

    /// `fault 'stal=5s': unknown action 'stal'; expected …`.
    public var description: String {
        "fault '\(self.rule)': \(self.reason)"
    }
}
