import Foundation
import HTTPTypes

extension ServiceClient {
    /// Signs, sends and decodes a built request, trying again as `options` (else the configuration)
    /// allows, each attempt within `options`' timeout (else the configuration's).
    ///
    /// Every attempt is signed afresh (new date and nonce; credentials asked again), because
    /// vendors reject a repeated nonce. The final error is the last attempt's ``ServiceError`` or
    /// ``TransportError``, its `attempts` set to the number of attempts made.
    ///
    /// Each attempt passes through the middleware chain (the configuration's, then the call's)
    /// before it is signed.
    func sendWithRetries<O: ServiceResponse>(
        _ unsigned: (request: HTTPRequest, body: [UInt8]), operation: OperationDescriptor, options: CallOptions,
        observation: CallObservation?
    ) async throws -> O {
        let policy = options.retryPolicy ?? self.configuration.retryPolicy
        let timeout = options.timeout ?? self.configuration.timeout
        let middlewares =
            options.middlewares.isEmpty
            ? self.configuration.middlewares : self.configuration.middlewares + options.middlewares
        let idempotency = RequestIdempotency.classify(
            method: unsigned.request.method, protocol: self.service.protocol, action: operation.action ?? operation.name
        )
        let started = ContinuousClock.now
        var attempt = 1
        while true {
            let failure: RetryFailure
            let tracked = observation?.startAttempt(attempt, request: unsigned.request)
            do {
                let (response, body) = try await self.attempt(
                    unsigned, operation: operation, attempt: attempt, timeout: timeout, middlewares: middlewares)
                do {
                    let output: O = try self.interpret(
                        response, body: body, operation: operation.name, mode: options.decodingMode)
                    tracked?.end(status: response.status.code, requestID: output.requestID)
                    return output
                } catch var error as ServiceError {
                    error.attempts = attempt
                    failure = .service(error, response: response, receivedAt: self.configuration.clock())
                } catch {
                    tracked?.end(status: response.status.code, error: error)
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

    /// One attempt: through the middleware, then signed and sent.
    private func attempt(
        _ unsigned: (request: HTTPRequest, body: [UInt8]), operation: OperationDescriptor, attempt: Int,
        timeout: Timeout, middlewares: [any ClientMiddleware]
    ) async throws -> (HTTPResponse, [UInt8]) {
        guard !middlewares.isEmpty else {
            let signed = try await self.sign(unsigned.request, body: unsigned.body)
            return try await self.exchange(
                signed, body: unsigned.body, operation: operation, attempt: attempt, timeout: timeout)
        }
        let context = MiddlewareContext(
            service: self.service.name, operation: operation.name, attempt: attempt, region: try self.resolvedRegion())
        return try await middlewares.run(unsigned.request, body: unsigned.body, context: context) { request, body in
            let signed = try await self.sign(request, body: body)
            return try await self.exchange(signed, body: body, operation: operation, attempt: attempt, timeout: timeout)
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
