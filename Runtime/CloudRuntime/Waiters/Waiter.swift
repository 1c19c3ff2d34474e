/// Polls an operation until its response reaches a wanted state: a cluster `running`, a task
/// `success`, a node pool `active`.
///
/// Generated modules declare one per waiter of the spec (`ACK.clusterRunningWaiter`) and a client
/// method that runs it with the operation's method (`ack.waitUntilClusterRunning(request)`).
///
/// The wait polls at once, then after every ``interval`` until an acceptor decides: success
/// returns the response (or nil when a poll's error was the success, as a deleted resource's
/// `404` is); failure throws ``WaiterError/failureState(waiter:state:)``; an error no
/// acceptor matches is rethrown. When ``timeout`` passes first it throws
/// ``WaiterError/timedOut(waiter:lastState:attempts:elapsed:)``, after one last poll at the
/// deadline. Cancelling the task ends the wait with `CancellationError`.
public struct Waiter<Request: Sendable, Response: Sendable>: Sendable {
    /// The waiter's name in the spec, e.g. `ClusterRunning`.
    public let name: String
    /// What the waiter waits for, in one sentence.
    public let summary: String?
    /// The vendor's API name of the polled operation, e.g. `DescribeClusterDetail`.
    public let operation: String
    /// The default time between two polls.
    public let interval: Duration
    /// The default longest wait.
    public let timeout: Duration
    /// The rules checked, in order, after each poll.
    public let acceptors: [WaiterAcceptor<Response>]

    /// Creates a waiter.
    ///
    /// - Parameters:
    ///   - name: The waiter's name.
    ///   - summary: What it waits for.
    ///   - operation: The polled operation's API name.
    ///   - interval: The default time between two polls.
    ///   - timeout: The default longest wait.
    ///   - acceptors: The rules checked after each poll, in order.
    @_spi(Generated) public init(
        name: String, summary: String?, operation: String, interval: Duration, timeout: Duration,
        acceptors: [WaiterAcceptor<Response>]
    ) {
        self.name = name
        self.summary = summary
        self.operation = operation
        self.interval = interval
        self.timeout = timeout
        self.acceptors = acceptors
    }

    /// Polls until the wanted state, a failure state, an unmatched error or the timeout.
    ///
    /// - Parameters:
    ///   - request: The polled operation's request, sent unchanged on every poll.
    ///   - options: Interval and timeout overrides and the clock.
    ///   - progress: Called after every poll that does not end the wait.
    ///   - poll: Sends the request once, e.g. the generated client's method for the operation.
    /// - Returns: The response that matched a success acceptor; nil when an error matched one.
    /// - Throws: ``WaiterError``, the error of a poll no acceptor matched, or `CancellationError`.
    public func wait(
        _ request: Request, options: WaiterOptions = WaiterOptions(), progress: WaiterProgressHandler? = nil,
        poll: @Sendable (Request) async throws -> Response
    ) async throws -> Response? {
        let interval = options.interval ?? self.interval
        let timeout = options.timeout ?? self.timeout
        guard interval > .zero else {
            throw WaiterError.invalidOptions(waiter: self.name, reason: "the polling interval must be positive")
        }
        guard timeout >= .zero else {
            throw WaiterError.invalidOptions(waiter: self.name, reason: "the timeout must not be negative")
        }
        let clock = options.clock
        let start = clock.now()
        var attempt = 0
        var lastState: String?
        while true {
            try Task.checkCancellation()
            attempt += 1
            let outcome: WaiterAcceptor<Response>.Outcome
            do {
                outcome = .response(try await poll(request))
            } catch let error as ServiceError {
                outcome = .error(error)
            }
            let decision = self.decide(outcome)
            lastState = decision.state ?? lastState
            switch decision.result {
            case .success:
                guard case .response(let response) = outcome else { return nil }
                return response
            case .failure:
                throw WaiterError.failureState(waiter: self.name, state: decision.state ?? "unknown")
            case .retry:
                break
            case nil:
                if case .error(let error) = outcome { throw error }
            }
            let elapsed = clock.now() - start
            guard elapsed < timeout else {
                throw WaiterError.timedOut(waiter: self.name, lastState: lastState, attempts: attempt, elapsed: elapsed)
            }
            progress?(WaiterProgress(waiter: self.name, attempt: attempt, elapsed: elapsed, state: lastState))
            try await clock.sleep(min(interval, timeout - elapsed))
        }
    }

    /// The first matching acceptor's result (nil when none matches) and the state observed: the
    /// matching acceptor's, else the first one that observed anything.
    func decide(_ outcome: WaiterAcceptor<Response>.Outcome) -> (
        result: WaiterAcceptor<Response>.Result?, state: String?
    ) {
        var firstState: String?
        for acceptor in self.acceptors {
            let evaluation = acceptor.evaluate(outcome)
            if evaluation.matches { return (acceptor.result, evaluation.state ?? firstState) }
            firstState = firstState ?? evaluation.state
        }
        return (nil, firstState)
    }
}
