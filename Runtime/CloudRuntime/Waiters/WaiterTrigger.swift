import Foundation

/// An operation a waiter naturally follows, and where the waiter's parameters come from: after
/// `CreateCluster`, wait for `ClusterRunning` with `ClusterId` taken from the response's `cluster_id`.
///
/// With it a tool can offer "call, then wait" from data alone:
///
/// ```swift
/// if let (waiter, trigger) = ACK.waiters.following("CreateCluster") {
///     let response = try await entry.send(client, parameters)
///     let waitParameters = try trigger.waiterParameters(request: parameters, response: response)
///     _ = try await waiter.wait(client, waitParameters, WaiterOptions(), nil)
/// }
/// ```
public struct WaiterTrigger: Sendable, Hashable {
    /// Where one waiter parameter's value comes from.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        /// A parameter of the triggering request, as a dotted path of wire names.
        case request(String)
        /// A field of the triggering response, as a dotted path of wire names.
        case response(String)

        /// `$request.ClusterId` or `$response.cluster_id`, as the spec writes it.
        public var description: String {
            switch self {
            case .request(let path): "$request.\(path)"
            case .response(let path): "$response.\(path)"
            }
        }
    }

    /// One parameter of the polled operation's request.
    public struct Parameter: Sendable, Hashable {
        /// The parameter's wire name, e.g. `ClusterId`.
        public var name: String
        /// Where its value comes from.
        public var source: Source

        /// Creates a parameter mapping.
        ///
        /// - Parameters:
        ///   - name: The polled operation's parameter, by wire name.
        ///   - source: Where its value comes from.
        @_spi(Generated) public init(name: String, source: Source) {
            self.name = name
            self.source = source
        }
    }

    /// The triggering operation's API name, e.g. `CreateCluster`.
    public var operation: String
    /// How the waiter's parameters are filled.
    public var parameters: [Parameter]

    /// Creates a trigger.
    ///
    /// - Parameters:
    ///   - operation: The triggering operation's API name.
    ///   - parameters: How the waiter's parameters are filled.
    @_spi(Generated) public init(operation: String, parameters: [Parameter]) {
        self.operation = operation
        self.parameters = parameters
    }

    /// The waiter's parameters (a JSON object keyed by wire names) for one call of the operation.
    ///
    /// - Parameters:
    ///   - request: The parameters the operation was called with (JSON object, wire names).
    ///   - response: The operation's response as JSON (as ``OperationCatalogEntry/send`` returns it).
    /// - Returns: A JSON object with sorted keys.
    /// - Throws: ``OperationParameterError`` naming the waiter parameter whose source has no value.
    public func waiterParameters(request: Data, response: Data) throws -> Data {
        let requestValue = try Self.decode(request, operation: self.operation)
        let responseValue = try Self.decode(response, operation: self.operation)
        var result: [String: JSONValue] = [:]
        for parameter in self.parameters {
            let (root, path) =
                switch parameter.source {
                case .request(let path): (requestValue, path)
                case .response(let path): (responseValue, path)
                }
            guard let value = Self.value(at: path, in: root), value != .null else {
                throw OperationParameterError(
                    operation: self.operation, parameter: parameter.name,
                    reason: "has no value: \(parameter.source) is missing")
            }
            result[parameter.name] = value
        }
        return try OperationParameters.encode(JSONValue.object(result))
    }

    private static func decode(_ data: Data, operation: String) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw OperationParameterError(operation: operation, parameter: "", reason: "the JSON is not valid")
        }
    }

    /// The value at a dotted path of object members.
    static func value(at path: String, in root: JSONValue) -> JSONValue? {
        var current = root
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let members) = current, let next = members[String(component)] else { return nil }
            current = next
        }
        return current
    }
}
