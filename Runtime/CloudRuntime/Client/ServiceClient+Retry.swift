import Foundation

extension ServiceClient {
    /// Signs, sends and decodes a built request, trying again as `options` (else the configuration)
    /// allows, each attempt within `options`' timeout (else the configuration's).
    ///
    /// Every attempt is signed afresh (new date and nonce; credentials asked again), because
    /// vendors reject a repeated nonce. The final error is the last attempt's ``ServiceError`` or
    /// ``TransportError``, its `attempts` set to the number of attempts made.
    func sendWithRetries<O: ServiceResponse>(
        _ unsigned: HTTPRequest, operation: OperationDescriptor, options: CallOptions, observation: CallObservation?
    ) async throws -> O {
        let policy = options.retryPolicy ?? self.configuration.retryPolicy
        let timeout = options.timeout ?? self.configuration.timeout
        let idempotency = RequestIdempotency.classify(
            method: unsigned.method, protocol: self.service.protocol, action: operation.action ?? operation.name)
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            let failure: RetryFailure
            let tracked = observation?.startAttempt(attempt, request: unsigned)
            do {
                let response = try await self.exchange(
                    try await self.sign(unsigned), operation: operation, attempt: attempt, timeout: timeout)
                do {
                    let output: O = try self.interpret(response, operation: operation.name, mode: options.decodingMode)
                    tracked?.end(status: response.status, requestID: output.requestID)
                    return output
                } catch var error as ServiceError {
                    error.attempts = attempt
                    failure = .service(error, response: response, receivedAt: self.configuration.clock())
                } catch {
                    tracked?.end(status: response.status, error: error)
                    throw error
                }
            } catch var error as TransportError {
                error.attempts = attempt
                failure = .transport(error)
            } catch {
                tracked?.end(error: error)
                throw error
            }
            let decision = policy.decision(
                for: failure, attempt: attempt, idempotency: idempotency, elapsed: ContinuousClock.now - started)
            tracked?.end(failure: failure, retrying: decision.isRetry)
            switch decision {
            case .retry(let delay):
                self.logRetry(operation: operation, attempt: attempt, delay: delay, failure: failure)
                try await self.configuration.retrySleeper(delay)
                attempt += 1
            case .doNotRetry(let reason):
                if attempt > 1 { self.logGivingUp(operation: operation, attempt: attempt, reason: reason) }
                switch failure {
                case .service(let error, _): throw error
                case .transport(let error): throw error
                }
            }
        }
    }

    private func logRetry(operation: OperationDescriptor, attempt: Int, delay: Duration, failure: RetryFailure) {
        let cause: String
        switch failure {
        case .service(let error, _): cause = "HTTP \(error.httpStatus)" + (error.code.map { " \($0)" } ?? "")
        case .transport(let error): cause = "\(error.kind)"
        }
        let (seconds, attoseconds) = delay.components
        self.configuration.logger.debug(
            "retry",
            metadata: [
                "operation": "\(operation.name)", "attempt": "\(attempt)", "cause": "\(cause)",
                "delay_ms": "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000)",
            ])
    }

    private func logGivingUp(operation: OperationDescriptor, attempt: Int, reason: RetryDecision.Reason) {
        self.configuration.logger.debug(
            "no more retries",
            metadata: ["operation": "\(operation.name)", "attempts": "\(attempt)", "reason": "\(reason)"])
    }
}
