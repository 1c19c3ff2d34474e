/// A waiter (`x-waiters` on the polled operation): polls one operation until an acceptor decides.
public struct WaiterModel: Equatable, Sendable {
    /// The spec's name, e.g. `ClusterRunning`.
    public var name: String
    /// What the waiter waits for.
    public var summary: String?
    /// The polled operation's API name.
    public var operation: String
    /// The default polling interval in seconds.
    public var interval: Int
    /// The default timeout in seconds.
    public var timeout: Int
    /// The acceptors, in spec order.
    public var acceptors: [WaiterAcceptorModel]
    /// The operations the waiter follows (`x-waiter-after` on them), in spec order.
    public var triggers: [WaiterTriggerModel]
    /// Where the waiter is declared.
    public var origin: Origin

    /// Creates a waiter.
    public init(
        name: String, summary: String?, operation: String, interval: Int, timeout: Int,
        acceptors: [WaiterAcceptorModel], triggers: [WaiterTriggerModel] = [], origin: Origin
    ) {
        self.name = name
        self.summary = summary
        self.operation = operation
        self.interval = interval
        self.timeout = timeout
        self.acceptors = acceptors
        self.triggers = triggers
        self.origin = origin
    }

    /// The Swift name stem, e.g. `clusterRunning` (`ACK.clusterRunningWaiter`, `waitUntilClusterRunning`).
    public var memberName: String { SwiftName.unescaped(SwiftName.memberName(self.name) ?? self.name) }
}

/// One acceptor of a waiter.
public struct WaiterAcceptorModel: Equatable, Sendable {
    /// What the acceptor compares.
    public enum Matcher: Equatable, Sendable {
        /// A response value equals `expected`.
        case value(ResponseFieldPath, expected: WaiterLiteral)
        /// Every element (or any element) of a response list has a value equal to `expected`; the
        /// elements are structures of shape `elementShape`, and `element` is a path from one of them.
        case elements(
            list: ResponseFieldPath, elementShape: String, element: ResponseFieldPath, all: Bool,
            expected: WaiterLiteral)
        /// The poll failed with this vendor error code.
        case errorCode(String)
        /// The poll failed with this HTTP status.
        case httpStatus(Int)
    }

    /// What a match means: `success`, `failure` or `retry`.
    public enum Result: String, Equatable, Sendable, CaseIterable {
        /// The wanted state.
        case success
        /// A state the wanted one cannot follow.
        case failure
        /// Poll again.
        case retry
    }

    /// What is compared.
    public var matcher: Matcher
    /// What a match means.
    public var result: Result

    /// Creates an acceptor.
    public init(matcher: Matcher, result: Result) {
        self.matcher = matcher
        self.result = result
    }
}

/// A literal a waiter compares a response value with.
public enum WaiterLiteral: Equatable, Sendable {
    /// A string (also for string enums).
    case string(String)
    /// An integer.
    case integer(Int)
    /// A boolean.
    case bool(Bool)
}

/// An operation a waiter follows, and where the waiter's parameters come from.
public struct WaiterTriggerModel: Equatable, Sendable {
    /// One waiter parameter filled from the triggering call.
    public struct Parameter: Equatable, Sendable {
        /// The polled operation's parameter, by wire name.
        public var name: String
        /// `true` for `$response.<path>`, `false` for `$request.<path>`.
        public var fromResponse: Bool
        /// The dotted wire path in the request parameters or the response.
        public var path: String

        /// Creates a parameter mapping.
        public init(name: String, fromResponse: Bool, path: String) {
            self.name = name
            self.fromResponse = fromResponse
            self.path = path
        }
    }

    /// The triggering operation's API name.
    public var operation: String
    /// The parameters, in spec order.
    public var parameters: [Parameter]

    /// Creates a trigger.
    public init(operation: String, parameters: [Parameter]) {
        self.operation = operation
        self.parameters = parameters
    }
}
