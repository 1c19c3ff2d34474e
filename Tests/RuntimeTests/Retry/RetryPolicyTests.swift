import CloudRuntime
import Testing

@Suite("RetryPolicy decisions")
struct RetryPolicyTests {
    /// A policy whose jitter always picks the given fraction of the cap.
    private func policy(
        fraction: Double = 0.5, maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(20), budget: Duration = .seconds(120)
    ) -> RetryPolicy {
        RetryPolicy(
            maxAttempts: maxAttempts, baseDelay: baseDelay, maxDelay: maxDelay, totalTimeBudget: budget,
            random: { fraction })
    }

    private func service(_ status: Int, code: String? = nil, delay: Duration? = nil) -> RetryFailure {
        .service(ServiceError(httpStatus: status, code: code, operation: "Op"), requestedDelay: delay)
    }

    private func transport(_ kind: TransportError.Kind) -> RetryFailure {
        .transport(TransportError(kind: kind, message: "failed"))
    }

    @Test(
        "Throttling is retried for every request",
        arguments: [
            (429, nil), (400, "Throttling"), (400, "Throttling.User"), (503, "Throttling.Api"), (409, "LimitExceeded"),
        ]
            as [(Int, String?)])
    func throttling(status: Int, code: String?) {
        let failure = service(status, code: code)
        #expect(failure.isThrottling)
        for idempotency in [RequestIdempotency.idempotent, .nonIdempotent] {
            #expect(
                policy().decision(for: failure, attempt: 1, idempotency: idempotency, elapsed: .zero)
                    == .retry(after: .milliseconds(100)))
        }
    }

    @Test("LimitExceeded counts as throttling only with 409; other 4xx are final")
    func notThrottling() {
        for failure in [
            service(400, code: "LimitExceeded"), service(400, code: "InvalidParameter"), service(404),
            service(403, code: "SignatureDoesNotMatch"),
        ] {
            #expect(!failure.isThrottling)
            #expect(
                policy().decision(for: failure, attempt: 1, idempotency: .idempotent, elapsed: .zero)
                    == .doNotRetry(.notRetryable))
        }
    }

    @Test("500, 502, 503, 504 are retried for idempotent requests only", arguments: [500, 502, 503, 504])
    func transientStatuses(status: Int) {
        #expect(
            policy().decision(for: service(status), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .retry(after: .milliseconds(100)))
        #expect(
            policy().decision(for: service(status), attempt: 1, idempotency: .nonIdempotent, elapsed: .zero)
                == .doNotRetry(.notIdempotent))
    }

    @Test("Other 5xx statuses are final", arguments: [501, 505, 599])
    func otherServerStatuses(status: Int) {
        #expect(
            policy().decision(for: service(status), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .doNotRetry(.notRetryable))
    }

    @Test("Connect failures are retried for every request; timeouts and broken transfers for idempotent ones")
    func transportFailures() {
        let policy = policy()
        #expect(
            policy.decision(for: transport(.connectFailed), attempt: 1, idempotency: .nonIdempotent, elapsed: .zero)
                == .retry(after: .milliseconds(100)))
        for kind in [TransportError.Kind.timedOut, .other] {
            #expect(
                policy.decision(for: transport(kind), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                    == .retry(after: .milliseconds(100)))
            #expect(
                policy.decision(for: transport(kind), attempt: 1, idempotency: .nonIdempotent, elapsed: .zero)
                    == .doNotRetry(.notIdempotent))
        }
        for kind in [TransportError.Kind.tls, .invalidRequest, .shutDown] {
            #expect(
                policy.decision(for: transport(kind), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                    == .doNotRetry(.notRetryable))
        }
    }

    @Test("Backoff doubles per attempt, capped by maxDelay, scaled by the jitter")
    func backoff() {
        let full = policy(fraction: 1, maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .milliseconds(1000))
        #expect(
            (1...6).map { full.backoff(attempt: $0) }
                == [100, 200, 400, 800, 1000, 1000].map { Duration.milliseconds($0) })
        let quarter = policy(
            fraction: 0.25, maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .milliseconds(1000))
        #expect(quarter.backoff(attempt: 3) == .milliseconds(100))
        #expect(policy(fraction: 0).backoff(attempt: 2) == .zero)
        // A broken random source cannot push the wait out of 0...cap.
        #expect(policy(fraction: 7).backoff(attempt: 1) == .milliseconds(200))
        #expect(policy(fraction: -3).backoff(attempt: 1) == .zero)
        #expect(policy(fraction: .nan).backoff(attempt: 1) == .zero)
        #expect(full.backoff(attempt: 500) == .milliseconds(1000))
    }

    @Test("The server's requested wait replaces backoff and is bounded by maxDelay")
    func requestedDelay() {
        let policy = policy(fraction: 0.5, maxDelay: .seconds(5))
        #expect(
            policy.decision(for: service(429, delay: .seconds(2)), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .retry(after: .seconds(2)))
        #expect(
            policy.decision(
                for: service(429, delay: .seconds(60)), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .retry(after: .seconds(5)))
        #expect(
            policy.decision(for: service(503, delay: .zero), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .retry(after: .zero))
    }

    @Test("Attempts are bounded: maxAttempts counts the first attempt")
    func attemptBound() {
        let policy = policy(maxAttempts: 3)
        #expect(
            policy.decision(for: service(503), attempt: 2, idempotency: .idempotent, elapsed: .zero)
                != .doNotRetry(.attemptsExhausted(3)))
        #expect(
            policy.decision(for: service(503), attempt: 3, idempotency: .idempotent, elapsed: .zero)
                == .doNotRetry(.attemptsExhausted(3)))
        #expect(
            RetryPolicy.none.decision(for: service(429), attempt: 1, idempotency: .idempotent, elapsed: .zero)
                == .doNotRetry(.attemptsExhausted(1)))
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
    }

    @Test("No retry whose wait would overrun the time budget")
    func timeBudget() {
        let policy = policy(fraction: 1, budget: .seconds(10))
        #expect(
            policy.decision(for: service(503), attempt: 1, idempotency: .idempotent, elapsed: .milliseconds(9800))
                == .retry(after: .milliseconds(200)))
        #expect(
            policy.decision(for: service(503), attempt: 1, idempotency: .idempotent, elapsed: .milliseconds(9801))
                == .doNotRetry(.timeBudgetExhausted))
        #expect(
            policy.decision(
                for: service(429, delay: .seconds(3)), attempt: 1, idempotency: .idempotent, elapsed: .seconds(8))
                == .doNotRetry(.timeBudgetExhausted))
    }

    @Test("The default policy makes three attempts with waits of at most 20 seconds")
    func defaults() {
        #expect(RetryPolicy.default.maxAttempts == 3)
        #expect(RetryPolicy.default.maxDelay == .seconds(20))
        #expect(RetryPolicy.none.maxAttempts == 1)
        for attempt in 1...5 {
            let wait = RetryPolicy.default.backoff(attempt: attempt)
            #expect(wait >= .zero && wait <= .milliseconds(200) * (1 << (attempt - 1)))
        }
    }
}
