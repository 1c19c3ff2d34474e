import HTTPTypes
import Logging

/// The debug lines ``ServiceClient`` writes: one per request, one per response or failure.
///
/// Lines carry the operation, method, host, path, the query through ``LogRedaction/redactedQuery(_:)``,
/// and for answers the status, request ID and duration. Header values and bodies are never logged:
/// they hold the `Authorization` header, security tokens and, in RPC POST bodies, every parameter.
enum RequestLog {
    /// Logs a request about to be sent.
    static func request(_ request: HTTPRequest, operation: String, logger: Logger) {
        guard logger.logLevel <= .debug else { return }
        logger.debug("request", metadata: Self.metadata(of: request, operation: operation))
    }

    /// Logs the response to a request.
    static func response(
        _ response: HTTPResponse, body: [UInt8], to request: HTTPRequest, operation: String, duration: Duration,
        logger: Logger
    ) {
        // Finding the request ID may parse the body: only for a line that is written.
        guard logger.logLevel <= .debug else { return }
        var metadata = Self.metadata(of: request, operation: operation)
        metadata["status"] = "\(response.status.code)"
        metadata["request_id"] = ResponseRequestID.find(in: response, body: body).map { .string($0) }
        metadata["duration_ms"] = "\(Self.milliseconds(duration))"
        logger.debug("response", metadata: metadata)
    }

    /// Logs a request that got no response.
    static func failure(
        _ error: TransportError, of request: HTTPRequest, operation: String, duration: Duration, logger: Logger
    ) {
        guard logger.logLevel <= .debug else { return }
        var metadata = Self.metadata(of: request, operation: operation)
        metadata["error"] = "\(error.kind)"
        metadata["curl_code"] = "\(error.curlCode)"
        metadata["duration_ms"] = "\(Self.milliseconds(duration))"
        logger.debug("no response", metadata: metadata)
    }

    private static func metadata(of request: HTTPRequest, operation: String) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "operation": "\(operation)",
            "method": "\(request.method.rawValue)",
            "host": "\(request.authority ?? "")",
        ]
        // A target whose query does not decode is logged without its query: its values could be secret.
        let target = request.path.flatMap(RequestTarget.init(parsing:))
        metadata["path"] = "\(target?.path ?? String((request.path ?? "").prefix { $0 != "?" }))"
        if let query = target?.query, !query.isEmpty {
            metadata["query"] = "\(LogRedaction.redactedQuery(query))"
        }
        return metadata
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
