import CoreMetrics
import Foundation
import HTTPTypes
import Logging
import Tracing

/// Settings for a ``ServiceClient``: where to send, how to sign, how long to wait, where to log.
///
/// Every setting has a default that works against the vendor's public endpoint, so
/// `ClientConfiguration()` is a complete configuration:
///
/// ```swift
/// let configuration = ClientConfiguration(region: "cn-beijing", timeout: Timeout(connect: .seconds(5), request: .seconds(30)))
/// ```
public struct ClientConfiguration: Sendable {
    /// The region to call, for example `cn-hangzhou`. Default nil: the service's default region.
    ///
    /// The region picks the endpoint host and is part of the AWS4 signature scope.
    public var region: String?
    /// A URL that replaces the service's regional endpoint, for example `http://127.0.0.1:8080` for a
    /// local mock server or a private endpoint. Default nil: the regional endpoint.
    ///
    /// A path in the override (`https://proxy.example.com/cs`) prefixes every request path.
    public var endpoint: URL?
    /// Which of the service's endpoints to call, for example ``EndpointChoice/global``. Default nil:
    /// the service's first endpoint, normally the regional one. Ignored when ``endpoint`` is set.
    ///
    /// The region still goes into the signature's credential scope whichever endpoint is chosen.
    public var endpointChoice: EndpointChoice?
    /// The signature algorithm. Default nil: the first algorithm the service lists.
    public var signatureAlgorithm: SignatureAlgorithm?
    /// The HTTP method of RPC requests, `.post` (form body) or `.get` (query). Default nil: the
    /// service's default, normally POST. Ignored by ROA services, whose operations fix their method.
    public var rpcMethod: HTTPRequest.Method?
    /// Time limits of each request. Default: 10 seconds to connect, 60 seconds in all.
    public var timeout: Timeout
    /// Where one debug line per request and per response goes. Default: `Logger(label: "cloud-sdk")`,
    /// which writes nothing at debug level unless the application configures logging.
    ///
    /// Log lines name the operation, method, host, path, query with secrets removed, status,
    /// request ID and duration; never header values or bodies.
    public var logger: Logger
    /// The `User-Agent` header. Default: ``defaultUserAgent``.
    public var userAgent: String
    /// The signing time source. Default: the system clock. Inject a fixed date for reproducible signatures.
    public var clock: @Sendable () -> Date
    /// The source of per-request nonces against replay. Default: a random UUID per request.
    public var nonce: @Sendable () -> String
    /// When failed calls are tried again. Default: ``RetryPolicy/default`` (three attempts);
    /// ``RetryPolicy/none`` turns retries off.
    ///
    /// Each retry is a new request: built once, then signed afresh (new date and nonce) per attempt.
    public var retryPolicy: RetryPolicy
    /// Waits between attempts. Default: `Task.sleep(for:)`, which ends early with
    /// `CancellationError` when the calling task is cancelled. Inject a recording closure to test
    /// retries without waiting.
    public var retrySleeper: @Sendable (Duration) async throws -> Void
    /// How answers that differ from the spec are read. Default: ``DecodingMode/tolerant``, which
    /// reads them as far as they can be read and reports each difference to ``driftHandler``;
    /// ``DecodingMode/strict`` fails the call instead.
    public var decodingMode: DecodingMode
    /// Receives the differences from the spec found in answers. Default nil: each distinct
    /// difference (service, operation, path, kind) is logged once, at `notice`, through ``logger``.
    public var driftHandler: DriftHandler?
    /// The tracer of the spans of each call and attempt. Default nil: `InstrumentationSystem.tracer`,
    /// the tracer the application bootstrapped, a no-op until it does.
    public var tracer: (any Tracer)?
    /// The factory of each call's metrics. Default nil: `MetricsSystem.factory`, the factory the
    /// application bootstrapped, a no-op until it does.
    public var metricsFactory: (any MetricsFactory)?
    /// Middleware around every attempt of every call, the first outermost. Default: none.
    ///
    /// See ``ClientMiddleware``; a call adds its own with ``CallOptions/middlewares``.
    public var middlewares: [any ClientMiddleware] = []
    /// Whether calls report to tracing and metrics at all; the benchmarks turn it off to measure what
    /// the no-op backends cost.
    package var observesCalls = true
    /// Remembers which differences the default drift handling has logged, shared by copies.
    let driftLog = DriftLog()
    /// An endpoint given as text that is no http(s) URL; a call refuses it (see ``init(endpoint:region:)``).
    var unparsedEndpoint: String?

    /// The `User-Agent` sent unless configured otherwise: the SDK, its version and platform, such as
    /// `CloudSDK-Swift/0.1.0 (Linux; x86_64)`. An application that sets its own should keep this
    /// text and add its name after it, so the vendor can still tell which SDK sent a request.
    public static let defaultUserAgent = "CloudSDK-Swift/\(SDKVersion.current) (\(SDKVersion.platform))"

    /// Creates a configuration; every parameter has a default.
    ///
    /// - Parameters:
    ///   - region: The region; nil for the service's default region.
    ///   - endpoint: An endpoint URL replacing the regional one; nil for the regional endpoint.
    ///   - endpointChoice: Which of the service's endpoints to call; nil for its default.
    ///   - signatureAlgorithm: The signature algorithm; nil for the service's default.
    ///   - rpcMethod: The RPC method; nil for the service's default.
    ///   - timeout: The time limits; default 10 s to connect and 60 s in all.
    ///   - logger: The logger for debug lines; default `Logger(label: "cloud-sdk")`.
    ///   - userAgent: The `User-Agent` header.
    ///   - clock: The signing time source; default the system clock.
    ///   - nonce: The nonce source; default random UUIDs.
    ///   - retryPolicy: When failed calls are tried again; default ``RetryPolicy/default``.
    ///   - retrySleeper: Waits between attempts; default `Task.sleep(for:)`.
    ///   - decodingMode: Tolerant (default) or strict reading of answers.
    ///   - driftHandler: Receives the differences from the spec; nil logs each once through `logger`.
    public init(
        region: String? = nil,
        endpoint: URL? = nil,
        endpointChoice: EndpointChoice? = nil,
        signatureAlgorithm: SignatureAlgorithm? = nil,
        rpcMethod: HTTPRequest.Method? = nil,
        timeout: Timeout = Timeout(connect: .seconds(10), request: .seconds(60)),
        logger: Logger = Logger(label: "cloud-sdk"),
        userAgent: String = ClientConfiguration.defaultUserAgent,
        clock: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> String = { UUID().uuidString },
        retryPolicy: RetryPolicy = .default,
        retrySleeper: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        decodingMode: DecodingMode = .tolerant,
        driftHandler: DriftHandler? = nil
    ) {
        self.region = region
        self.endpoint = endpoint
        self.endpointChoice = endpointChoice
        self.signatureAlgorithm = signatureAlgorithm
        self.rpcMethod = rpcMethod
        self.timeout = timeout
        self.logger = logger
        self.userAgent = userAgent
        self.clock = clock
        self.nonce = nonce
        self.retryPolicy = retryPolicy
        self.retrySleeper = retrySleeper
        self.decodingMode = decodingMode
        self.driftHandler = driftHandler
    }
}

extension ClientConfiguration {
    /// A configuration that sends to an endpoint given as text, such as a local mock server's:
    ///
    /// ```swift
    /// let client = ACKClient(configuration: ClientConfiguration(endpoint: "http://127.0.0.1:8080"))
    /// ```
    ///
    /// Every other setting keeps its default; set them on the value. Text that is not an http(s) URL
    /// with a host is refused when a call is built, with a ``ClientError`` of kind
    /// ``ClientError/Kind/invalidEndpoint`` that quotes it, never sent.
    ///
    /// - Parameters:
    ///   - endpoint: The endpoint URL as text.
    ///   - region: The region to sign for; nil for the service's default.
    public init(endpoint: String, region: String? = nil) {
        let url = try? EndpointTemplate.validatedEndpoint(endpoint, origin: "configured endpoint")
        self.init(region: region, endpoint: url)
        if url == nil { self.unparsedEndpoint = endpoint }
    }
}
