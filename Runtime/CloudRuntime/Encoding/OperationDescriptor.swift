import HTTPTypes

/// What the runtime needs to know about one operation besides its parameters.
///
/// ROA (REST) operations have a method and a path template with `{Name}` placeholders; RPC
/// operations have an action name, are sent to `/`, and use the client's configured method.
public struct OperationDescriptor: Sendable, Hashable {
    /// The operation's name, for errors and logs (`DescribeClusterDetail`).
    public var name: String
    /// The HTTP method of an ROA operation; nil for RPC, where the client configuration decides.
    public var method: HTTPRequest.Method?
    /// The path template of an ROA operation (`/clusters/{ClusterId}`); `/` for RPC.
    public var path: String
    /// The `Action` parameter of an RPC operation; nil for ROA.
    public var action: String?
    /// The HTTP methods an RPC action may be sent with, when it accepts fewer than its service; empty
    /// when any of the service's RPC methods will do (and for ROA).
    public var rpcMethods: [HTTPRequest.Method] = []

    /// Describes an ROA (REST) operation.
    ///
    /// - Parameters:
    ///   - name: The operation's name.
    ///   - method: Its HTTP method.
    ///   - path: Its path template, with `{Name}` placeholders for path parameters.
    @_spi(Generated) public init(name: String, method: HTTPRequest.Method, path: String) {
        self.name = name
        self.method = method
        self.path = path
        self.action = nil
    }

    /// Describes an RPC operation.
    ///
    /// - Parameters:
    ///   - name: The operation's name.
    ///   - action: The value of the `Action` parameter.
    ///   - methods: The HTTP methods the action may be sent with; empty for any the service accepts.
    @_spi(Generated) public init(name: String, action: String, methods: [HTTPRequest.Method] = []) {
        self.name = name
        self.method = nil
        self.path = "/"
        self.action = action
        self.rpcMethods = methods
    }
}
