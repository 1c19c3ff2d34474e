/// No response arrived: the connection failed, timed out, TLS was refused, or the request could not be sent.
///
/// The error names the host but never the full URL, whose query may carry a signature or a
/// security token. Switch on ``kind`` for the broad cause; ``curlCode`` and ``message`` keep the
/// exact cause for logs and bug reports.
///
/// ```swift
/// do { _ = try await client.describeClusterDetail(request) }
/// catch let error as TransportError where error.kind == .timedOut { /* retry later */ }
/// ```
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad cause of a ``TransportError``.
    ///
    /// A struct rather than an enum so that new kinds can be added without breaking callers' `switch`es;
    /// compare with `==` or match with `case .timedOut:` patterns.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Code: String, Sendable, Hashable {
            case connectFailed = "connect failed"
            case timedOut = "timed out"
            case tls = "TLS failure"
            case invalidRequest = "invalid request"
            case shutDown = "transport shut down"
            case other = "transfer failed"
        }

        private let code: Code

        /// The kind as an identifier, for metrics and span attributes: `connectFailed`, `timedOut`.
        var identifier: String { String(describing: self.code) }

        private init(_ code: Code) {
            self.code = code
        }

        /// The host name did not resolve, or no connection could be opened (refused, unreachable).
        public static let connectFailed = Kind(.connectFailed)
        /// The connect or the request time limit was reached.
        public static let timedOut = Kind(.timedOut)
        /// The TLS handshake failed or the server's certificate was not trusted.
        public static let tls = Kind(.tls)
        /// The request cannot be sent as given (for example a header value containing a line break).
        public static let invalidRequest = Kind(.invalidRequest)
        /// The transport was shut down while the request was in flight.
        public static let shutDown = Kind(.shutDown)
        /// Any other failure: the connection broke, the server sent nothing or something malformed.
        public static let other = Kind(.other)

        /// Matches an error against a kind, so `catch TransportError.Kind.timedOut` style patterns read naturally.
        ///
        /// - Parameters:
        ///   - pattern: The kind to look for.
        ///   - error: The error to test.
        /// - Returns: Whether the error is a ``TransportError`` of that kind.
        public static func ~= (pattern: Kind, error: any Error) -> Bool {
            (error as? TransportError)?.kind == pattern
        }

        /// A short human-readable name of the kind.
        public var description: String {
            self.code.rawValue
        }
    }

    /// The broad cause.
    public var kind: Kind
    /// The libcurl `CURLcode` number, or 0 when the failure happened before curl ran.
    public var curlCode: Int
    /// libcurl's explanation of the failure (its error buffer), or the transport's own.
    public var message: String
    /// The host the request was addressed to; never the path or query.
    public var host: String?
    /// The operation being called, when known; set by ``ServiceClient``.
    public var operation: String?
    /// How many attempts the call made, retries included; 1 when it was not retried.
    public var attempts: Int = 1

    /// Creates a transport error.
    ///
    /// - Parameters:
    ///   - kind: The broad cause.
    ///   - curlCode: The libcurl `CURLcode` number, or 0.
    ///   - message: The explanation; it must not contain secrets.
    ///   - host: The target host.
    ///   - operation: The operation being called.
    public init(kind: Kind, curlCode: Int = 0, message: String, host: String? = nil, operation: String? = nil) {
        self.kind = kind
        self.curlCode = curlCode
        self.message = message
        self.host = host
        self.operation = operation
    }

    /// For example `TransportError(timed out, operation: DescribeClusters, host: cs.cn-hangzhou.aliyuncs.com,
    /// curl 28: Operation timed out after 300 milliseconds with 0 bytes received)`.
    public var description: String {
        var parts = ["\(self.kind)"]
        if let operation = self.operation { parts.append("operation: \(operation)") }
        if let host = self.host { parts.append("host: \(host)") }
        if self.curlCode != 0 {
            parts.append("curl \(self.curlCode): \(self.message)")
        } else {
            parts.append(self.message)
        }
        if self.attempts > 1 { parts.append("attempts: \(self.attempts)") }
        return "TransportError(" + parts.joined(separator: ", ") + ")"
    }
}
