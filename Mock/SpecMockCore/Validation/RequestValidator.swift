import CloudRuntime
import CloudTestSupport
import SpecGenCore

/// Checks a routed request's parameters against the lowered spec model of its operation.
///
/// It looks at what the generator looks at: scalar types (integer, boolean, number), string enums
/// (closed here: a value the spec does not list is refused), allowed integer values and ranges,
/// flattened RPC lists (`Filter.N.Value.M`: index base, no gaps, `minItems`/`maxItems`) and
/// structures (`Key.Member`), JSON-string parameters (the text must parse and fit the type), ROA
/// query lists, and ROA JSON bodies (an object with typed members, or the documented value).
/// Parameters the spec does not declare are ignored, as the vendors' gateways ignore them.
public struct RequestValidator: Sendable {
    /// Lowered services by name (`ACK`).
    private let services: [String: ServiceModel]
    /// Operations by service and operation ID.
    private let operations: [OperationKey: OperationModel]

    /// Creates a validator for lowered services.
    /// - Parameter services: Models made by `Lowering.lower`.
    public init(services: [ServiceModel]) {
        var byName: [String: ServiceModel] = [:]
        var operations: [OperationKey: OperationModel] = [:]
        for service in services {
            byName[service.name] = service
            for operation in service.operations {
                operations[OperationKey(service: service.name, operationID: operation.name)] = operation
            }
        }
        self.services = byName
        self.operations = operations
    }

    /// The first problem of a request routed to `operation`; nil when it fits the spec.
    /// - Parameters:
    ///   - request: The request as received.
    ///   - operation: The operation it was routed to.
    /// - Returns: What is wrong, or nil.
    public func problem(in request: RecordedRequest, for operation: MockOperation) -> ParameterProblem? {
        let key = OperationKey(operation)
        guard let model = self.operations[key], let service = self.services[operation.service] else { return nil }
        let check = ValueCheck(service: service)
        switch operation.style {
        case .rpc:
            let parameters = SpecExampleResponder.rpcParameters(of: request)
            return RPCParameterCheck(check: check, parameters: parameters).problem(in: model.fields)
        case .roa:
            return ROARequestCheck(check: check, request: request, operation: operation).problem(in: model)
        }
    }
}

extension OperationKey {
    /// The key of a service's operation.
    init(service: String, operationID: String) {
        self.service = service
        self.operationID = operationID
    }
}
