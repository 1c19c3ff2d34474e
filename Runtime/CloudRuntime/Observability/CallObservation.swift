import CoreMetrics
import HTTPTypes
import Tracing

/// What one call reports to tracing and metrics: a client span for the call with a child span per
/// attempt, and counters and a timer by service and operation.
///
/// Spans follow OpenTelemetry's RPC conventions for the call (`rpc.system`, `rpc.service`,
/// `rpc.method`) and its HTTP client conventions for each attempt (`http.request.method`,
/// `server.address`, `http.response.status_code`, `http.request.resend_count`, `error.type`); what
/// those conventions do not name is under `cloud_sdk.` (request ID, vendor error code, attempt, retry
/// reason). Nothing secret is recorded: no header, path, query or body, only the host and port.
///
/// Metrics, each with the dimensions `service` and `operation`:
/// - `cloud_sdk_calls` (counter; `outcome`: `success` or `failure`),
/// - `cloud_sdk_attempts` (counter),
/// - `cloud_sdk_retries` (counter; `reason`: the vendor code, `http_<status>` or the transport kind),
/// - `cloud_sdk_errors` (counter; `kind`: `service`, `transport`, `decoding`, `client`, `encoding`,
///   `credentials`, `signing`, `cancelled` or `other`),
/// - `cloud_sdk_call_duration` (timer, nanoseconds, retries and their waits included).
struct CallObservation: Sendable {
    private let span: any Span
    private let tracer: any Tracer
    private let factory: any MetricsFactory
    private let dimensions: [(String, String)]
    private let started: ContinuousClock.Instant

    /// Starts the call's span, a child of the task's current context.
    init(client: ServiceClient, operation: OperationDescriptor) {
        let service = client.service
        self.tracer = client.configuration.tracer ?? InstrumentationSystem.tracer
        self.factory = client.configuration.metricsFactory ?? MetricsSystem.factory
        self.dimensions = [("service", service.name), ("operation", operation.name)]
        self.started = .now
        let span = self.tracer.startSpan("\(service.name)/\(operation.name)", ofKind: .client)
        // A span nobody records (the no-op tracer's) is given no attributes.
        if span.isRecording {
            span.updateAttributes { attributes in
                attributes["rpc.system"] = Self.system(of: service)
                attributes["rpc.service"] = service.name
                attributes["rpc.method"] = operation.name
                if let region = client.configuration.region { attributes["cloud.region"] = region }
            }
        }
        self.span = span
    }

    /// `alibaba_cloud_api` or `kingsoft_cloud_api`, by the service's signature family.
    private static func system(of service: ServiceDescriptor) -> String {
        service.signatureAlgorithms.contains(.aws4HMACSHA256) ? "kingsoft_cloud_api" : "alibaba_cloud_api"
    }

    // MARK: - Attempts

    /// Starts an attempt's span, a child of the call's, and counts the attempt.
    func startAttempt(_ attempt: Int, request: HTTPRequest) -> AttemptObservation {
        self.counter("cloud_sdk_attempts").increment()
        let span = self.tracer.startSpan(request.method.rawValue, context: self.span.context, ofKind: .client)
        if span.isRecording {
            span.updateAttributes { attributes in
                attributes["http.request.method"] = request.method.rawValue
                let (host, port) = request.hostAndPort
                attributes["server.address"] = host
                if let port { attributes["server.port"] = port }
                attributes["cloud_sdk.attempt"] = attempt
                if attempt > 1 { attributes["http.request.resend_count"] = attempt - 1 }
            }
        }
        return AttemptObservation(span: span) { reason in self.counter("cloud_sdk_retries", [("reason", reason)]) }
    }

    /// A counter of this call's service and operation, with further dimensions.
    private func counter(_ label: String, _ dimensions: [(String, String)] = []) -> Counter {
        Counter(label: label, dimensions: self.dimensions + dimensions, factory: self.factory)
    }

    /// What an attempt failed of: the vendor code, else `http_<status>`, or the transport kind.
    static func reason(of failure: RetryFailure) -> String {
        switch failure {
        case .service(let error, _): error.code ?? "http_\(error.httpStatus)"
        case .transport(let error): error.kind.identifier
        }
    }

    // MARK: - The call

    /// Ends the call's span and records its success.
    func succeeded(requestID: String?) {
        if let requestID, self.span.isRecording { self.span.attributes["cloud_sdk.request_id"] = requestID }
        self.finish(outcome: "success")
    }

    /// Ends the call's span with the error and records the failure.
    func failed(_ error: any Error) {
        let kind = Self.kind(of: error)
        self.span.updateAttributes { attributes in
            attributes["error.type"] = (error as? ServiceError)?.code ?? kind
            if let error = error as? ServiceError {
                attributes["http.response.status_code"] = error.httpStatus
                if let code = error.code { attributes["cloud_sdk.error_code"] = code }
            }
            if let id = (error as? any CloudError)?.requestID { attributes["cloud_sdk.request_id"] = id }
        }
        // Every error of the SDK describes itself without secrets (see `CloudError`).
        self.span.recordError(error)
        self.span.setStatus(SpanStatus(code: .error))
        self.counter("cloud_sdk_errors", [("kind", kind)]).increment()
        self.finish(outcome: "failure")
    }

    private func finish(outcome: String) {
        let elapsed = ContinuousClock.now - self.started
        self.counter("cloud_sdk_calls", [("outcome", outcome)]).increment()
        let (seconds, attoseconds) = elapsed.components
        Timer(label: "cloud_sdk_call_duration", dimensions: self.dimensions, factory: self.factory)
            .recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        self.span.end()
    }

    /// The `kind` dimension of an error.
    static func kind(of error: any Error) -> String {
        switch error {
        case is ServiceError: "service"
        case is TransportError: "transport"
        case is ResponseDecodingError: "decoding"
        case is ClientError: "client"
        case is RequestEncodingError: "encoding"
        case is CredentialsError: "credentials"
        case is SigningError: "signing"
        case is CancellationError: "cancelled"
        default: "other"
        }
    }
}

/// One attempt's span, ended with what came of the attempt.
struct AttemptObservation {
    let span: any Span
    /// Makes the retry counter for a reason.
    let retries: @Sendable (_ reason: String) -> Counter

    /// Ends the span: the status and request ID of an answer, or the error that ended the call (a
    /// transport error, an answer that could not be read).
    func end(status: Int? = nil, requestID: String? = nil, error: (any Error)? = nil) {
        guard self.span.isRecording else { return self.span.end() }
        self.span.updateAttributes { attributes in
            if let status { attributes["http.response.status_code"] = status }
            if let requestID { attributes["cloud_sdk.request_id"] = requestID }
            if let error { attributes["error.type"] = CallObservation.kind(of: error) }
        }
        if error != nil { self.span.setStatus(SpanStatus(code: .error)) }
        self.span.end()
    }

    /// Ends the span of an attempt that failed in a way the retry policy judged, and counts a retry
    /// when one follows.
    func end(failure: RetryFailure, retrying: Bool) {
        let reason = CallObservation.reason(of: failure)
        defer { if retrying { self.retries(reason).increment() } }
        guard self.span.isRecording else { return self.span.end() }
        self.span.updateAttributes { attributes in
            switch failure {
            case .service(let error, _):
                attributes["http.response.status_code"] = error.httpStatus
                if let id = error.requestID { attributes["cloud_sdk.request_id"] = id }
                if let code = error.code { attributes["cloud_sdk.error_code"] = code }
            case .transport:
                break
            }
            attributes["error.type"] = reason
            if retrying { attributes["cloud_sdk.retry_reason"] = reason }
        }
        self.span.setStatus(SpanStatus(code: .error))
        self.span.end()
    }
}
