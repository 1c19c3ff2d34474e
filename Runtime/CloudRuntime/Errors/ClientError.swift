/// The client could not build a request: its configuration or the service description does not allow it.
///
/// Thrown before anything is sent, so retrying without changing the configuration gives the same error.
public struct ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, broadly.
    ///
    /// A struct rather than an enum so that new kinds can be added without breaking callers' `switch`es.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Code: String, Sendable, Hashable {
            case invalidRegion = "invalid region"
            case invalidEndpoint = "invalid endpoint"
            case unsupportedSignatureAlgorithm = "unsupported signature algorithm"
            case unsupportedMethod = "unsupported method"
            case shutDown = "client shut down"
        }

        private let code: Code

        private init(_ code: Code) {
            self.code = code
        }

        /// The region is empty or has characters other than letters, digits and dashes.
        public static let invalidRegion = Kind(.invalidRegion)
        /// The endpoint template or override does not give an `http` or `https` URL with a host.
        public static let invalidEndpoint = Kind(.invalidEndpoint)
        /// The configured signature algorithm is not one the service accepts, or the service lists none.
        public static let unsupportedSignatureAlgorithm = Kind(.unsupportedSignatureAlgorithm)
        /// The configured RPC method is not one the service accepts (RPC services take GET or POST).
        public static let unsupportedMethod = Kind(.unsupportedMethod)
        /// The client was shut down (``ServiceClient/shutdown()``) before the call began.
        public static let shutDown = Kind(.shutDown)

        /// A short human-readable name of the kind.
        public var description: String {
            self.code.rawValue
        }
    }

    /// What is wrong, broadly.
    public var kind: Kind
    /// What is wrong and how to fix it.
    public var message: String
    /// The operation whose request it was; filled in by the client.
    public var operation: String?

    /// Creates a client error.
    ///
    /// - Parameters:
    ///   - kind: What is wrong, broadly.
    ///   - message: What is wrong and how to fix it.
    ///   - operation: The operation whose request it was.
    public init(kind: Kind, message: String, operation: String? = nil) {
        self.kind = kind
        self.message = message
        self.operation = operation
    }

    /// For example `ClientError(invalid region, operation: DescribeClusters: region 'cn hangzhou' may contain
    /// only letters, digits and dashes)`.
    public var description: String {
        let operation = self.operation.map { ", operation: \($0)" } ?? ""
        return "ClientError(\(self.kind)\(operation): \(self.message))"
    }
}
