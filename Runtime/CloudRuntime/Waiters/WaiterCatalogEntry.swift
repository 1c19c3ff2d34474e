import Foundation

/// One waiter of a service, reachable from data: its name, the polled operation, defaults, the
/// operations it follows, and a closure that runs it from a JSON object of wire-named parameters.
///
/// Generated modules list every waiter as `<Service>.waiters`, so a command-line tool can offer
/// `--wait` without code written per waiter:
///
/// ```swift
/// if let entry = ACK.waiters.first(where: { $0.name == "ClusterRunning" }) {
///     let json = try await entry.wait(client.client, Data(#"{"ClusterId": "c1"}"#.utf8), WaiterOptions(), nil)
/// }
/// ```
public struct WaiterCatalogEntry: Sendable {
    /// The waiter's name, e.g. `ClusterRunning`.
    public let name: String
    /// What it waits for.
    public let summary: String?
    /// The polled operation's API name, e.g. `DescribeClusterDetail`.
    public let operation: String
    /// The default time between two polls.
    public let interval: Duration
    /// The default longest wait.
    public let timeout: Duration
    /// The operations this waiter naturally follows, with how its parameters come from them.
    public let triggers: [WaiterTrigger]
    /// Decodes the polled operation's parameters, waits, and returns the final response as JSON
    /// (wire names, sorted keys; `{}` when the wait ended on an error that means success).
    ///
    /// Throws ``OperationParameterError`` when the JSON does not fit, and what the wait throws.
    public let wait: @Sendable (ServiceClient, Data, WaiterOptions, WaiterProgressHandler?) async throws -> Data

    /// Describes a waiter by the waiter itself; it polls an ROA or RPC operation.
    ///
    /// - Parameters:
    ///   - waiter: The waiter.
    ///   - triggers: The operations it follows.
    @_spi(Generated) public init<Request: OperationRequest & Decodable, Response: ServiceResponse & Encodable>(
        _ waiter: Waiter<Request, Response>, triggers: [WaiterTrigger] = []
    ) {
        let operation = Request.operation
        self.name = waiter.name
        self.summary = waiter.summary
        self.operation = waiter.operation
        self.interval = waiter.interval
        self.timeout = waiter.timeout
        self.triggers = triggers
        self.wait = { client, parameters, options, progress in
            let request = try OperationParameters.decode(Request.self, from: parameters, operation: operation.name)
            let response = try await waiter.wait(request, options: options, progress: progress) { request in
                try await client.send(request, operation: operation) as Response
            }
            return try response.map(OperationParameters.encode) ?? OperationParameters.encode(JSONValue.emptyObject)
        }
    }
}

extension Array where Element == WaiterCatalogEntry {
    /// The waiter that follows an operation, with the trigger that says how to fill its parameters.
    ///
    /// - Parameter operation: The operation's API name, e.g. `CreateCluster`.
    /// - Returns: The first waiter listing the operation among its triggers, or nil.
    public func following(_ operation: String) -> (waiter: WaiterCatalogEntry, trigger: WaiterTrigger)? {
        for entry in self {
            if let trigger = entry.triggers.first(where: { $0.operation == operation }) { return (entry, trigger) }
        }
        return nil
    }
}
