import HTTPTypes

/// Whether sending a request twice has the same effect as sending it once.
///
/// This is the one place the runtime classifies requests for retries:
///
/// - ROA (REST) requests follow HTTP semantics (RFC 9110 §9.2.2): GET, HEAD, PUT and DELETE are
///   idempotent; POST and PATCH are not.
/// - RPC requests are all sent to `/` with GET or POST whatever they do, so the method says
///   nothing. An RPC request counts as idempotent only when its action reads: its name starts with
///   `Describe`, `List`, `Get` or `Query`. Every other action (`Create…`, `Delete…`, `Modify…`)
///   is treated as not idempotent.
///
/// A request that is not idempotent is retried only after failures proving it was not processed.
package enum RequestIdempotency: Sendable, Hashable {
    /// Repeating the request is harmless.
    case idempotent
    /// Repeating the request may repeat its effect.
    case nonIdempotent

    /// The action-name prefixes of RPC operations that only read.
    public static let readActionPrefixes = ["Describe", "List", "Get", "Query"]

    /// Classifies a request.
    ///
    /// - Parameters:
    ///   - method: The HTTP method the request is sent with.
    ///   - protocol: The service's API style.
    ///   - action: The RPC action (or operation name); ignored for ROA.
    /// - Returns: The request's idempotency.
    public static func classify(
        method: HTTPRequest.Method, protocol: ServiceProtocol, action: String
    ) -> RequestIdempotency {
        switch `protocol` {
        case .rpc:
            let reads = Self.readActionPrefixes.contains { prefix in
                // `Getaway` is not a read: the prefix must end at an upper-case letter or the name's end.
                guard action.hasPrefix(prefix) else { return false }
                let rest = action.dropFirst(prefix.count)
                return rest.first.map { $0.isUppercase || $0.isNumber } ?? true
            }
            return reads ? .idempotent : .nonIdempotent
        case .roa:
            // RFC 9110 §9.2.2: GET, HEAD, PUT, DELETE, OPTIONS and TRACE are idempotent.
            switch method {
            case .get, .head, .put, .delete, .options, .trace: return .idempotent
            default: return .nonIdempotent
            }
        }
    }
}
