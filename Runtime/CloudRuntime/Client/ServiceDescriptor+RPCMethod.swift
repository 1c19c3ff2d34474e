import HTTPTypes

extension ServiceDescriptor {
    /// The HTTP method an RPC action is sent with, or why it cannot be sent with the one asked for.
    ///
    /// Without `requested`, the service's default (or, for an action sent with fewer methods than the
    /// service allows, the action's first), else POST. The method must be GET or POST, one the service
    /// accepts and one the action accepts: Kingsoft's `CreateCluster` is sent by POST only.
    ///
    /// - Parameters:
    ///   - requested: The method configured for the call; nil for the default.
    ///   - operationName: The action, for the message.
    ///   - actionMethods: The methods the action accepts; empty when the service's apply.
    /// - Returns: The method to send with.
    /// - Throws: ``ClientError`` of kind ``ClientError/Kind/unsupportedMethod`` naming what is accepted.
    package func rpcMethod(
        _ requested: HTTPRequest.Method?, for operationName: String, accepting actionMethods: [HTTPRequest.Method]
    ) throws(ClientError) -> HTTPRequest.Method {
        let serviceDefault = self.rpcMethods.first ?? .post
        let actionDefault =
            actionMethods.isEmpty || actionMethods.contains(serviceDefault) ? serviceDefault : actionMethods[0]
        let method = requested ?? actionDefault
        guard method == .get || method == .post else {
            throw ClientError(
                kind: .unsupportedMethod, message: "RPC requests are sent with GET or POST, not \(method.rawValue)")
        }
        guard self.rpcMethods.isEmpty || self.rpcMethods.contains(method) else {
            throw ClientError(
                kind: .unsupportedMethod,
                message: "\(self.name) accepts RPC requests by "
                    + self.rpcMethods.map(\.rawValue).joined(separator: " or ") + ", not \(method.rawValue)")
        }
        guard actionMethods.isEmpty || actionMethods.contains(method) else {
            throw ClientError(
                kind: .unsupportedMethod,
                message: "\(operationName) is sent by "
                    + actionMethods.map(\.rawValue).joined(separator: " or ") + " only, not \(method.rawValue)")
        }
        return method
    }
}
