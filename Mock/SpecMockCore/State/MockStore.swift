import CloudRuntime
import CloudTestSupport
import Foundation
import Synchronization

/// The stateful mock's memory: clusters, node pools and tasks, created, listed and deleted
/// consistently, with transitional states that settle after a few describe calls.
///
/// Answers are the operation's documented example with the stateful fields overwritten (IDs,
/// names, states, paging), so they decode with the generated types. IDs are deterministic: the
/// n-th cluster of a store always has the same ID. Operations without state return nil and are
/// answered from the examples.
public final class MockStore: Sendable {
    /// Everything the store holds.
    struct Contents: Sendable {
        var ackClusters: [MockResource] = []
        var ackNodePools: [MockResource] = []
        var ackTasks: [MockResource] = []
        var kceClusters: [MockResource] = []
        /// Resources created so far, per kind, for deterministic IDs.
        var created: [String: Int] = [:]

        /// The next number of a kind of resource, counting from 1.
        mutating func nextNumber(_ kind: String) -> Int {
            let next = (self.created[kind] ?? 0) + 1
            self.created[kind] = next
            return next
        }
    }

    /// One request the store answers, with what it needs to build the answer.
    struct Call {
        let operation: MockOperation
        let request: RecordedRequest
        /// The documented example the answer is built from; `{}` when there is none.
        let example: JSONValue
        let requestID: String
        let now: Date

        /// A success answer with this body (nil: no body), shaped like the operation's normal answers.
        func success(_ body: JSONValue?) -> MockResponse {
            switch self.operation.style {
            case .roa:
                let headers: HTTPHeaders = ["x-acs-request-id": self.requestID]
                guard let body else { return MockResponse(status: self.operation.successStatus, headers: headers) }
                return .json(body.jsonText, status: self.operation.successStatus, headers: headers)
            case .rpc:
                var body = body ?? .object([:])
                body[member: "RequestId"] = .string(self.requestID)
                return .json(body.jsonText, status: self.operation.successStatus)
            }
        }

        /// The example with its request ID members (`request_id`, `RequestId`) set to this call's.
        var exampleWithRequestID: JSONValue {
            var body = self.example
            for key in ["request_id", "RequestId", "requestId"] where body[member: key] != nil {
                body[member: key] = .string(self.requestID)
            }
            return body
        }

        /// A path parameter's value (`ClusterId` in `/clusters/{ClusterId}`).
        func pathValue(_ name: String) -> String? {
            let parts = self.operation.pathTemplate.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            let segments = SpecExampleResponder.pathSegments(self.request.rawPath)
            return zip(parts, segments).first { $0.0 == "{\(name)}" }?.1
        }

        /// The JSON body's object members; empty when there is none.
        var bodyMembers: [String: JSONValue] {
            guard case .object(let members)? = JSONValue.parsing(self.request.bodyText) else { return [:] }
            return members
        }

        /// An RPC parameter's value (query or form body).
        func parameter(_ name: String) -> String? {
            SpecExampleResponder.rpcParameters(of: self.request).first { $0.name == name }?.value
        }

        /// A query parameter's integer value, or the default when absent or not a number.
        func integerQuery(_ name: String, default value: Int) -> Int {
            self.request.queryValue(name).flatMap { Int($0) } ?? value
        }
    }

    /// How quickly transitional states settle.
    public let settings: StatefulSettings
    /// The clock ``StatefulSettings/secondsToSettle`` is measured with.
    let clock: @Sendable () -> Date
    let contents = Mutex(Contents())

    /// Creates an empty store.
    /// - Parameters:
    ///   - settings: How quickly transitional states settle.
    ///   - clock: The current time, for ``StatefulSettings/secondsToSettle``; the system clock by default.
    public init(settings: StatefulSettings = StatefulSettings(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.clock = clock
    }

    /// The stateful answer to a routed, validated request; nil when the operation keeps no state.
    /// - Parameters:
    ///   - operation: The operation the request was routed to.
    ///   - request: The request.
    ///   - example: The documented example the answer is built from.
    ///   - requestID: The request ID to answer with.
    /// - Returns: The answer, or nil to answer from the examples.
    public func respond(
        to operation: MockOperation, request: RecordedRequest, example: JSONValue?, requestID: String
    ) -> MockResponse? {
        let call = Call(
            operation: operation, request: request, example: example ?? .object([:]), requestID: requestID,
            now: self.clock())
        switch (operation.service, operation.operationID) {
        case ("ACK", "CreateCluster"): return self.createACKCluster(call)
        case ("ACK", "DescribeClusterDetail"): return self.describeACKCluster(call)
        case ("ACK", "DescribeClustersV1"): return self.listACKClusters(call)
        case ("ACK", "DeleteCluster"): return self.deleteACKCluster(call)
        case ("ACK", "CreateClusterNodePool"): return self.createNodePool(call)
        case ("ACK", "DescribeClusterNodePools"): return self.listNodePools(call)
        case ("ACK", "DescribeClusterNodePoolDetail"): return self.describeNodePool(call)
        case ("ACK", "DeleteClusterNodepool"): return self.deleteNodePool(call)
        case ("ACK", "DescribeTaskInfo"): return self.describeTask(call)
        case ("KCE", "CreateCluster"): return self.createKCECluster(call)
        case ("KCE", "DescribeCluster"): return self.listKCEClusters(call)
        case ("KCE", "DeleteCluster"): return self.deleteKCECluster(call)
        case ("ACK", _): return self.startACKTask(call)
        default: return nil
        }
    }

    /// `prefix` followed by `number` in `digits` lower-case hex digits: deterministic IDs.
    static func identifier(_ prefix: String, _ number: Int, digits: Int) -> String {
        let hex = String(number, radix: 16)
        return prefix + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }

    /// Alibaba's 404 for a cluster the store does not hold.
    static func clusterNotFound(_ id: String, _ call: Call) -> MockResponse {
        VendorErrorShape.alibaba.notFound(
            code: "ErrorClusterNotFound", message: "The specified cluster \(id) is not found.",
            requestID: call.requestID)
    }
}
