import Foundation
import HTTPTypes

/// One operation of a service, reachable from data: its name and documentation, where it is sent,
/// and closures that run it from a JSON object of wire-named parameters.
///
/// Generated modules list every operation as `<Service>.operations`, so generic tools (per-operation
/// tests, a command-line front end) can call any operation without code written for it:
///
/// ```swift
/// if let entry = ACK.operations.first(where: { $0.name == "DescribeClusterDetail" }) {
///     let json = try await entry.send(client.client, Data(#"{"ClusterId": "c1"}"#.utf8))
/// }
/// ```
///
/// Parameters are keyed by their names on the wire (path, query, RPC and body field names exactly as
/// the API documents them); a whole non-object ROA body goes under `body`. A parameter the API sends
/// as a JSON string is given as JSON, not as a string.
public struct OperationCatalogEntry: Sendable {
    /// The vendor's API name, e.g. `DescribeClusterDetail`.
    public let name: String
    /// The one-line summary, if the API description has one.
    public let summary: String?
    /// The longer description, if any.
    public let documentation: String?
    /// Why the operation is deprecated, and what to use instead; nil when it is not.
    public let deprecation: String?
    /// The HTTP method of an ROA operation; nil for RPC, where the client configuration decides.
    public let httpMethod: HTTPRequest.Method?
    /// The path template of an ROA operation (`/clusters/{ClusterId}`); `/` for RPC.
    public let path: String
    /// The `Action` of an RPC operation; nil for ROA.
    public let action: String?
    /// The HTTP methods an RPC action may be sent with, when fewer than its service accepts; empty otherwise.
    public let rpcMethods: [HTTPRequest.Method]
    /// The operation's inputs in declaration order (parameters, then body fields), by wire name.
    public let parameters: [OperationParameter]
    /// Decodes the parameters, then builds and signs the request without sending it.
    ///
    /// Throws ``OperationParameterError`` naming the parameter when the JSON does not fit.
    public let prepare: @Sendable (ServiceClient, Data) async throws -> PreparedRequest
    /// Decodes the parameters, sends the operation and returns its response re-encoded as JSON
    /// (wire names, sorted keys).
    public let send: @Sendable (ServiceClient, Data) async throws -> Data
    /// Decodes a response body (JSON) into the operation's response type as the client does (a blank
    /// body reads as `{}`), returning the differences from the spec it found; in strict mode the first
    /// difference throws `DecodingError`. The records name the operation, not the service.
    public let decodeResponse:
        @Sendable (Data, DecodingMode) throws -> (
            response: any ServiceResponse & Encodable, drift: [ResponseDrift]
        )

    /// Describes an operation, ROA or RPC, by its request and response types.
    ///
    /// - Parameters:
    ///   - summary: The one-line summary.
    ///   - documentation: The longer description.
    ///   - parameters: The operation's inputs.
    ///   - request: The generated request type; its ``OperationRequest/operation`` gives name and method
    ///     and path, or action.
    ///   - response: The generated response type.
    @_spi(Generated) public init<Request: OperationRequest & Decodable, Response: ServiceResponse & Encodable>(
        summary: String?, documentation: String?, deprecation: String? = nil, parameters: [OperationParameter] = [],
        request: Request.Type, response: Response.Type
    ) {
        let operation = Request.operation
        self.name = operation.name
        self.summary = summary
        self.documentation = documentation
        self.deprecation = deprecation
        self.httpMethod = operation.method
        self.path = operation.path
        self.action = operation.action
        self.rpcMethods = operation.rpcMethods
        self.parameters = parameters
        let inputs = parameters
        self.prepare = { client, parameters in
            let request = try OperationParameters.decode(
                Request.self, from: parameters, operation: operation.name, parameters: inputs)
            return try await client.prepare(request, operation: operation)
        }
        self.send = { client, parameters in
            let request = try OperationParameters.decode(
                Request.self, from: parameters, operation: operation.name, parameters: inputs)
            let response: Response = try await client.send(request, operation: operation)
            return try OperationParameters.encode(response)
        }
        self.decodeResponse = { body, mode in
            try OperationParameters.decodeResponse(Response.self, from: body, mode: mode, operation: operation.name)
        }
    }
}
