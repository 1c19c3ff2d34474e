import HTTPTypes

/// A step around every attempt of a call: it sees the request before it is signed and the response
/// (or error) after it arrives.
///
/// Middleware may change the request (add a header: it is signed with the rest), record what
/// passes, or answer without calling `next` (a test double). The client runs the chain once per
/// attempt, so a retried call passes through it again with the next ``MiddlewareContext/attempt``;
/// signing and sending are the innermost step, retries and decoding stay outside.
///
/// ```swift
/// import HTTPTypes
///
/// struct TenantHeader: ClientMiddleware {
///     let tenant: String
///
///     func intercept(
///         _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
///         next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
///     ) async throws -> (HTTPResponse, [UInt8]) {
///         var request = request
///         request.headerFields[HTTPField.Name("x-acs-tenant")!] = self.tenant
///         return try await next(request, body)
///     }
/// }
///
/// var configuration = ClientConfiguration(region: "cn-beijing")
/// configuration.middlewares = [TenantHeader(tenant: "team-a")]
/// ```
///
/// The chain runs in order: the configuration's middlewares first (the first of them outermost),
/// then the call's (``CallOptions/middlewares``). A request sent with
/// ``ServiceClient/send(prepared:operation:)`` is already signed and does not pass through it.
public protocol ClientMiddleware: Sendable {
    /// Handles one attempt: passes the request on with `next`, or answers itself.
    ///
    /// - Parameters:
    ///   - request: The attempt's request, not yet signed: method, scheme, authority, target
    ///     (encoded path and query; keep it percent-encoded) and header fields.
    ///   - body: The request body; empty for none.
    ///   - context: The service, operation and attempt.
    ///   - next: The rest of the chain: later middleware, then signing and the transport.
    /// - Returns: The response and its body; any status is a response.
    /// - Throws: What `next` throws, or an error of the middleware's own, which ends the call
    ///   (only a ``TransportError`` is retried).
    func intercept(
        _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
        next: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
    ) async throws -> (HTTPResponse, [UInt8])
}

/// What a middleware knows about the attempt it handles.
public struct MiddlewareContext: Sendable, Hashable {
    /// The service's name, such as `CS`.
    public var service: String
    /// The operation's name, such as `DescribeClusterDetail`.
    public var operation: String
    /// The attempt's number, counting from 1.
    public var attempt: Int
    /// The region the request is signed for.
    public var region: String

    /// Creates a context.
    public init(service: String, operation: String, attempt: Int, region: String) {
        self.service = service
        self.operation = operation
        self.attempt = attempt
        self.region = region
    }
}

extension Array where Element == any ClientMiddleware {
    /// Runs the chain from this middleware on, with `innermost` after the last.
    func run(
        _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
        innermost: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
    ) async throws -> (HTTPResponse, [UInt8]) {
        try await self[...].run(request, body: body, context: context, innermost: innermost)
    }
}

extension ArraySlice where Element == any ClientMiddleware {
    fileprivate func run(
        _ request: HTTPRequest, body: [UInt8], context: MiddlewareContext,
        innermost: (HTTPRequest, [UInt8]) async throws -> (HTTPResponse, [UInt8])
    ) async throws -> (HTTPResponse, [UInt8]) {
        guard let first = self.first else { return try await innermost(request, body) }
        let rest = self.dropFirst()
        return try await first.intercept(request, body: body, context: context) { request, body in
            try await rest.run(request, body: body, context: context, innermost: innermost)
        }
    }
}
