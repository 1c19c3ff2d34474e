/// Settings of one call that replace the client configuration's for that call only.
///
/// ```swift
/// let detail = try await ack.describeClusterDetail(
///     .init(clusterID: "c1"), options: CallOptions(retryPolicy: RetryPolicy.none, timeout: Timeout(connect: .seconds(2), request: .seconds(5))))
/// ```
public struct CallOptions: Sendable {
    /// Replaces ``ClientConfiguration/retryPolicy``; nil keeps the client's.
    public var retryPolicy: RetryPolicy?
    /// Replaces ``ClientConfiguration/timeout`` for every attempt of the call; nil keeps the client's.
    public var timeout: Timeout?
    /// Replaces ``ClientConfiguration/decodingMode`` for this call; nil keeps the client's.
    public var decodingMode: DecodingMode?
    /// Middleware for this call's attempts, run inside ``ClientConfiguration/middlewares``.
    public var middlewares: [any ClientMiddleware]

    /// Creates options; each nil setting keeps the client's.
    ///
    /// - Parameters:
    ///   - retryPolicy: The retry policy for this call.
    ///   - timeout: The connect and whole-request time limits of each attempt.
    ///   - decodingMode: Tolerant or strict reading of this call's answer.
    ///   - middlewares: Middleware for this call, run after the client's.
    public init(
        retryPolicy: RetryPolicy? = nil, timeout: Timeout? = nil, decodingMode: DecodingMode? = nil,
        middlewares: [any ClientMiddleware] = []
    ) {
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.decodingMode = decodingMode
        self.middlewares = middlewares
    }
}
