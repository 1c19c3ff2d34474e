/// The root's `x-sdk`: what the service is called in Swift and how it is called on the wire.
public struct SDKExtension: Sendable {
    /// `name`: the Swift namespace, e.g. `ACK`.
    public var name: String?
    /// `module`: the Swift module, e.g. `AlibabaACK`.
    public var module: String?
    /// `protocol`: `roa` or `rpc`.
    public var style: ServiceStyle?
    /// `product`: the vendor's product code, e.g. `CS`.
    public var product: String?
    /// `rpc.methods`: the HTTP methods RPC actions may be sent with, as written.
    public var rpcMethods: [String]?
    /// The extension's pointer.
    public var pointer: [String]
}

/// A security scheme's `x-signature`: the signing algorithms and the AWS4 credential-scope service.
public struct SignatureExtension: Sendable {
    /// `algorithms`, as written.
    public var algorithms: [String]
    /// `service`.
    public var service: String?
    /// The extension's pointer.
    public var pointer: [String]
}

/// A server's `x-endpoint`: the name a client chooses it by, and regions with their own URLs.
public struct EndpointExtension: Sendable {
    /// `choice`, as written when it is a string.
    public var choice: String?
    /// `region-urls`: region ID to URL, in spec order.
    public var regionURLs: [(region: String, url: String)]
}

/// One well-formed row of the root's `x-errors`.
public struct ErrorCodeRow: Sendable {
    /// `code`.
    public var code: String
    /// `status`.
    public var status: Int
    /// `message`.
    public var message: String
    /// `description`.
    public var description: String?
    /// The row's pointer.
    public var pointer: [String]
}

/// An operation's `x-pagination` with a known style; keys whose value is malformed are left out.
public struct PaginationExtension: Sendable {
    /// `style`.
    public var style: PaginationModel.Style
    /// The names and paths by key (`page`, `marker`, `size`, `items`, `next`, `total`).
    public var names: [String: String]
    /// Where each of ``names`` is written.
    public var locations: [String: SourceLocation]
    /// The extension's pointer.
    public var pointer: [String]
}

/// One waiter of an operation's `x-waiters`: its name, with whatever else of it is well formed.
public struct WaiterExtension: Sendable {
    /// One well-formed acceptor: exactly one of ``match``, ``errorCode`` or ``status``, and a result.
    public struct Acceptor: Sendable {
        /// `result`.
        public var result: WaiterAcceptorModel.Result
        /// `match`: a dotted response path.
        public var match: String?
        /// Where `match` is written.
        public var matchLocation: SourceLocation?
        /// `equals`: the value to compare with, present with `match`.
        public var equals: YAMLNode?
        /// `elements`: `all` or `any`.
        public var elements: String?
        /// Where `elements` is written.
        public var elementsLocation: SourceLocation?
        /// `error`: a vendor error code.
        public var errorCode: String?
        /// `status`: an HTTP status.
        public var status: Int?
        /// The acceptor's pointer.
        public var pointer: [String]
    }

    /// The waiter's name (its key).
    public var name: String
    /// Where the name is written.
    public var nameLocation: SourceLocation
    /// `summary`.
    public var summary: String?
    /// `interval` in whole seconds, when it is a positive number.
    public var interval: Int?
    /// `timeout` in whole seconds, when it is a positive number.
    public var timeout: Int?
    /// The well-formed `acceptors`, in order.
    public var acceptors: [Acceptor]
    /// The waiter's pointer.
    public var pointer: [String]
}

/// One entry of an operation's `x-waiter-after`: a waiter that follows it.
public struct WaiterTriggerExtension: Sendable {
    /// `waiter`.
    public var waiter: String
    /// Where `waiter` is written.
    public var waiterLocation: SourceLocation
    /// `parameters`: the waiter's parameter names and their `$request.`/`$response.` sources, sorted by name;
    /// nil when the entry has none.
    public var parameters: [Parameter]?
    /// Where `parameters` is written, or the entry when it has none.
    public var parametersLocation: SourceLocation
    /// The entry's pointer.
    public var pointer: [String]

    /// One waiter parameter and where its value comes from.
    public struct Parameter: Sendable {
        /// The parameter's name.
        public var name: String
        /// Where the name is written.
        public var nameLocation: SourceLocation
        /// `$request.<path>` or `$response.<path>`, as written; nil when it is neither.
        public var source: String?
        /// Where the source is written.
        public var sourceLocation: SourceLocation
    }
}
