import CloudRuntime
import CloudTestSupport
import SpecGenCore

/// Answers requests with the documented examples of one or more specs.
///
/// A request is routed to an operation, checked for the parameters the spec marks required, and
/// answered with the operation's first documented 2xx example (or the one chosen with
/// ``selectingExample(_:service:operation:)``):
/// - ROA (no `Action` parameter): method and path template (`/clusters/{ClusterId}`), plus the
///   `x-acs-version` header; the answer carries `x-acs-request-id`;
/// - RPC (an `Action` in the query or the form body): `Action` plus `Version`, sent with one of the
///   action's HTTP methods; the example's own `RequestId` is kept, or one is added.
///
/// Routes and required parameters come from the lowered service models (``MockOperation``), the
/// answers from the specs' examples. Unknown routes get the vendor's 404 (`InvalidAction.NotFound` /
/// `InvalidAction`), an RPC action sent with a method it does not allow a 400 (`InvalidMethod` /
/// `UnsupportedHTTPMethod`), missing parameters a 400 `MissingParameter` naming the parameter. Request IDs the mock makes up are
/// `mock-request-N`, N being the request's sequence number, so answers are deterministic.
///
/// ```swift
/// let responder = try SpecExampleResponder(directories: ["spec/alibaba-ack", "spec/kingsoft-kce"])
/// try await MockServer.withServer(verifying: ["AKID": "secret"], handler: responder.handler) { server in … }
/// ```
public struct SpecExampleResponder: Sendable {
    /// Every operation served, in spec and document order.
    public let operations: [MockOperation]
    /// Chosen example names by ``MockOperation/service`` and ``MockOperation/operationID``.
    private var chosenExamples: [OperationKey: String] = [:]

    /// Serves operations made with ``MockOperation/operations(of:documentedIn:)``.
    /// - Parameter operations: The operations, in the order to list them.
    public init(operations: [MockOperation]) {
        self.operations = operations
    }

    /// Serves the operations of loaded specs, lowered as the generator lowers them.
    /// - Parameter specs: Specs read with `SpecGen.load(directory:)`.
    /// - Throws: ``SpecMockError`` when a spec cannot be lowered or holds an example that is not JSON.
    public init(specs: [SpecDocument]) throws(SpecMockError) {
        var operations: [MockOperation] = []
        for spec in specs {
            operations += try MockOperation.operations(of: try SpecMockServices.lower(spec), documentedIn: spec)
        }
        self.init(operations: operations)
    }

    /// Loads spec folders and serves their operations.
    /// - Parameter directories: Spec folders, e.g. `spec/alibaba-ack`.
    /// - Throws: ``SpecMockError`` naming the folder and the loader's diagnostics when one does not load.
    public init(directories: [String]) throws(SpecMockError) {
        try self.init(specs: try SpecMockServices.load(directories))
    }

    /// The operation a service calls by this ID, e.g. (`ACK`, `CreateCluster`).
    public func operation(service: String, operationID: String) -> MockOperation? {
        self.operations.first { $0.service == service && $0.operationID == operationID }
    }

    /// The example an operation answers with: the chosen one, else the first documented one.
    public func example(for operation: MockOperation) -> MockOperation.Example? {
        if let name = self.chosenExamples[OperationKey(operation)] {
            return operation.examples.first { $0.name == name }
        }
        return operation.examples.first
    }

    /// A responder that answers an operation with the named example instead of the first.
    /// - Parameters:
    ///   - name: The example's name in the spec, e.g. `serverless`.
    ///   - service: The service, e.g. `ACK`.
    ///   - operationID: The operation, e.g. `CreateCluster`.
    /// - Returns: The changed responder.
    /// - Throws: ``SpecMockError`` when the operation or the example does not exist.
    public func selectingExample(
        _ name: String, service: String, operation operationID: String
    ) throws(SpecMockError) -> SpecExampleResponder {
        guard let operation = self.operation(service: service, operationID: operationID) else {
            throw SpecMockError("\(service) has no operation \(operationID)")
        }
        guard operation.examples.contains(where: { $0.name == name }) else {
            let names = operation.examples.map(\.name).joined(separator: ", ")
            throw SpecMockError("\(service) \(operationID) has no example \"\(name)\" (documented: \(names))")
        }
        var copy = self
        copy.chosenExamples[OperationKey(operation)] = name
        return copy
    }

    /// The handler to give a `MockServer`: every request answered by ``respond(to:)``.
    public var handler: MockServer.Handler {
        let responder = self
        return { request in responder.respond(to: request) }
    }

    /// Answers one request: the routed operation's example, or a vendor-shaped error.
    public func respond(to request: RecordedRequest) -> MockResponse {
        let requestID = "mock-request-\(request.sequenceNumber)"
        switch self.route(request) {
        case .failure(let response):
            return response
        case .operation(let operation):
            return self.success(operation, requestID: requestID)
        }
    }

    /// The operation's documented success answer.
    func success(_ operation: MockOperation, requestID: String) -> MockResponse {
        let example = self.example(for: operation)?.json
        switch operation.style {
        case .roa:
            let id = example.flatMap(ExampleJSON.requestID(in:)) ?? requestID
            let headers: HTTPHeaders = ["x-acs-request-id": id]
            guard let body = example ?? (operation.hasResponseBody ? "{}" : nil) else {
                return MockResponse(status: operation.successStatus, headers: headers)
            }
            return .json(body, status: operation.successStatus, headers: headers)
        case .rpc:
            let body = ExampleJSON.addingRequestID(requestID, to: example ?? "{}")
            return .json(body, status: operation.successStatus)
        }
    }
}

/// Identifies an operation across services.
struct OperationKey: Hashable, Sendable {
    var service: String
    var operationID: String

    init(_ operation: MockOperation) {
        self.service = operation.service
        self.operationID = operation.operationID
    }
}
