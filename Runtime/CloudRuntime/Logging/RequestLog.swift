import Logging

/// The debug lines ``ServiceClient`` writes: one per request, one per response or failure.
///
/// Lines carry the operation, method, host, path, the query through ``LogRedaction/redactedQuery(_:)``,
/// and for answers the status, request ID and duration. Header values and bodies are never logged:
/// they hold the `Authorization` header, security tokens and, in RPC POST bodies, every parameter.
enum RequestLog {
    /// Logs a request about to be sent.
    static func request(_ request: HTTPRequest, operation: String, logger: Logger) {
        logger.debug("request", metadata: Self.metadata(of: request, operation: operation))
    }

    /// Logs the response to a request.
    static func response(
        _ response: HTTPResponse, to request: HTTPRequest, operation: String, duration: Duration, logger: Logger
    ) {
        var metadata = Self.metadata(of: request, operation: operation)
        metadata["status"] = "\(response.status)"
        metadata["request_id"] = ResponseRequestID.find(in: response).map { .string($0) }
        metadata["duration_ms"] = "\(Self.milliseconds(duration))"
        logger.debug("response", metadata: metadata)
    }

    /// Logs a request that got no response.
    static func failure(
        _ error: TransportError, of request: HTTPRequest, operation: String, duration: Duration, logger: Logger
    ) {
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
            "host": "\(request.authority)",
            "path": "\(request.path)",
        ]
        if !request.query.isEmpty {
            metadata["query"] = "\(LogRedaction.redactedQuery(request.query))"
        }
        return metadata
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
