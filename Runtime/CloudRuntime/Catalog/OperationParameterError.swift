/// The parameters given to an ``OperationCatalogEntry`` do not fit the operation.
///
/// The description names the operation and the parameter (a dotted path of wire names and list
/// indexes, such as `InstanceSet.0.NodeRole`) but never quotes a value, which may be a secret.
public struct OperationParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation whose parameters failed to decode.
    public var operation: String
    /// The parameter at fault as a dotted path of wire names; empty when the whole input is at fault.
    public var parameter: String
    /// What is wrong with it.
    public var reason: String

    /// Creates a parameter error.
    ///
    /// - Parameters:
    ///   - operation: The operation.
    ///   - parameter: The parameter's dotted wire-name path; empty for the input as a whole.
    ///   - reason: What is wrong, free of parameter values.
    public init(operation: String, parameter: String, reason: String) {
        self.operation = operation
        self.parameter = parameter
        self.reason = reason
    }

    /// Creates a parameter error from the error a `Decoder` threw.
    ///
    /// - Parameters:
    ///   - operation: The operation.
    ///   - error: The decoder's error.
    public init(operation: String, decoding error: any Error) {
        guard let decodingError = error as? DecodingError else {
            self.init(operation: operation, parameter: "", reason: "cannot decode the parameters")
            return
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(
                operation: operation, parameter: Self.path(context.codingPath + [key]),
                reason: "is required but missing")
        case .typeMismatch(let type, let context):
            self.init(
                operation: operation, parameter: Self.path(context.codingPath),
                reason: "has the wrong type: expected \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            self.init(
                operation: operation, parameter: Self.path(context.codingPath),
                reason: "is null: expected \(Self.typeName(type))")
        case .dataCorrupted(let context):
            let reason =
                context.codingPath.isEmpty ? "the parameters are not a valid JSON object" : "has an invalid value"
            self.init(operation: operation, parameter: Self.path(context.codingPath), reason: reason)
        @unknown default:
            self.init(operation: operation, parameter: "", reason: "cannot decode the parameters")
        }
    }

    /// For example
    /// `OperationParameterError(CreateCluster, parameter 'InstanceSet.0.NodeRole' is required but missing)`.
    public var description: String {
        let subject = self.parameter.isEmpty ? "" : "parameter '\(self.parameter)' "
        return "OperationParameterError(\(self.operation), \(subject)\(self.reason))"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// The type in words, as `--help` names it: `an integer` rather than `Int32`.
    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int32.Type, is Int64.Type, is Int16.Type, is Int8.Type, is UInt.Type, is UInt32.Type,
            is UInt64.Type:
            return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") { return "a list" }
            if name.hasPrefix("Dictionary<") { return "an object" }
            return name.hasPrefix("Swift.") ? String(name.dropFirst(6)) : name
        }
    }
}
