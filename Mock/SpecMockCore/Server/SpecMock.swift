import CloudRuntime
import CloudTestSupport

/// A mock of every service in a set of spec folders, on one loopback port.
///
/// Each request goes through these steps, the first that answers wins:
/// 1. signature verification of all three schemes (done by the ``MockServer``, with
///    CloudTestSupport's independent `SignatureVerifier`): a bad signature gets the vendor's
///    `SignatureDoesNotMatch`, an unknown key its `InvalidAccessKeyId.NotFound` / `InvalidClientTokenId`;
/// 2. routing, from the lowered service models: ROA by method and path plus `x-acs-version`, RPC by
///    `Action` plus `Version` (which tells KCE from KCR) and the action's allowed HTTP methods;
/// 3. fault rules (``FaultInjector``): throttling, error statuses, stalls, closed connections;
/// 4. required parameters and validation against the lowered spec model (``RequestValidator``);
/// 5. in stateful mode, the ``MockStore`` for clusters, node pools and tasks;
/// 6. the operation's documented response example;
/// 7. `drift` fault rules, which change a 2xx JSON answer of steps 5 or 6 (``ResponseMutator``).
///
/// ```swift
/// let mock = try SpecMock(specDirectories: ["spec/alibaba-ack", "spec/kingsoft-kce", "spec/kingsoft-kcr"],
///                         stateful: StatefulSettings())
/// let server = try mock.start()
/// defer { server.shutdown() }
/// ```
public final class SpecMock: Sendable {
    /// The access key ID the mock accepts unless told otherwise. A fixed demo value, not a secret.
    public static let demoAccessKeyID = "SPECMOCK-DEMO-ACCESS-KEY-ID"
    /// The secret that goes with ``demoAccessKeyID``. A fixed demo value, not a secret.
    public static let demoAccessKeySecret = "specmock-demo-secret-not-a-real-key"

    /// Routing, required parameters and the documented examples.
    public let responder: SpecExampleResponder
    /// Validation against the lowered spec model.
    public let validator: RequestValidator
    /// The stateful memory; nil when the mock answers from the examples only.
    public let store: MockStore?
    /// The fault rules in force; replaceable while the server runs.
    public let faults: FaultInjector
    /// What `drift` fault rules change answers with, by service name (`ACK`).
    public let mutators: [String: ResponseMutator]
    /// The access keys whose signatures the server accepts, by ID.
    public let credentials: [String: String]

    /// Prepares a mock of services already loaded (load them once with ``SpecMockServices`` to make many mocks).
    /// - Parameters:
    ///   - services: The loaded specs.
    ///   - credentials: Accepted access keys (secrets by ID); the demo key by default.
    ///   - stateful: Settings of the stateful mode; nil (the default) answers from the examples only.
    ///   - faults: Fault rules, tried in order.
    ///   - faultSeed: The seed for rules with a `rate`.
    public init(
        services: SpecMockServices,
        credentials: [String: String] = [SpecMock.demoAccessKeyID: SpecMock.demoAccessKeySecret],
        stateful: StatefulSettings? = nil, faults: [FaultRule] = [], faultSeed: UInt64 = 0
    ) {
        self.responder = services.responder
        self.validator = services.validator
        self.mutators = services.mutators
        self.store = stateful.map { MockStore(settings: $0) }
        self.faults = FaultInjector(rules: faults, seed: faultSeed)
        self.credentials = credentials
    }

    /// Loads spec folders and prepares the mock.
    /// - Parameters:
    ///   - specDirectories: Spec folders, e.g. `spec/alibaba-ack`.
    ///   - credentials: Accepted access keys (secrets by ID); the demo key by default.
    ///   - stateful: Settings of the stateful mode; nil (the default) answers from the examples only.
    ///   - faults: Fault rules, tried in order.
    ///   - faultSeed: The seed for rules with a `rate`.
    /// - Throws: ``SpecMockError`` naming the folder and the loader's diagnostics when a spec does not load.
    public convenience init(
        specDirectories: [String],
        credentials: [String: String] = [SpecMock.demoAccessKeyID: SpecMock.demoAccessKeySecret],
        stateful: StatefulSettings? = nil, faults: [FaultRule] = [], faultSeed: UInt64 = 0
    ) throws(SpecMockError) {
        self.init(
            services: try SpecMockServices(specDirectories: specDirectories), credentials: credentials,
            stateful: stateful, faults: faults, faultSeed: faultSeed)
    }

    /// Starts a server on 127.0.0.1 that verifies signatures and answers with ``respond(to:)``.
    /// - Parameter port: The port; 0 (the default) lets the kernel pick one (see ``MockServer/port``).
    /// - Returns: The running server; call `shutdown()` when done.
    /// - Throws: `MockServerError` when the port cannot be opened.
    public func start(port: Int = 0) throws -> MockServer {
        try MockServer(port: port, verifying: self.credentials, handler: self.handler)
    }

    /// The handler to give a `MockServer`: every request answered by ``respond(to:)``.
    public var handler: MockServer.Handler {
        { request in self.respond(to: request) }
    }

    /// Answers one request whose signature was verified.
    public func respond(to request: RecordedRequest) -> MockResponse {
        let requestID = "mock-request-\(request.sequenceNumber)"
        let route = self.responder.route(request)
        var routed: MockOperation?
        if case .operation(let operation) = route { routed = operation }
        if let rule = self.faults.fire(
            service: routed?.service, operation: routed?.operationID, trying: { !$0.isDrift })
        {
            let isRPC = SpecExampleResponder.rpcParameters(of: request).contains { $0.name == "Action" }
            let shape = routed?.errorShape ?? (isRPC ? .kingsoft : .alibaba)
            if let answer = Self.answer(rule, shape: shape, requestID: requestID) { return answer }
        }
        let operation: MockOperation
        switch route {
        case .failure(let response): return response
        case .operation(let found): operation = found
        }
        if let problem = self.validator.problem(in: request, for: operation) {
            return problem.response(operation.errorShape, requestID: requestID)
        }
        if let store = self.store {
            let example = self.responder.example(for: operation).flatMap { JSONValue.parsing($0.json) }
            if let answer = store.respond(to: operation, request: request, example: example, requestID: requestID) {
                return self.drifting(answer, of: operation)
            }
        }
        return self.drifting(self.responder.success(operation, requestID: requestID), of: operation)
    }

    /// What a fired fault rule answers instead of the mock; nil for `drift`, which changes the mock's answer.
    static func answer(_ rule: FaultRule, shape: VendorErrorShape, requestID: String) -> MockResponse? {
        switch rule.action {
        case .throttle: shape.throttled(retryAfter: rule.retryAfter, requestID: requestID)
        case .status(let status): shape.injectedStatus(status, retryAfter: rule.retryAfter, requestID: requestID)
        case .stall(let seconds): .stall(seconds: seconds)
        case .close: .closeConnection
        case .drift: nil
        }
    }
}
