/// One rule of a waiter: when a poll's response or error matches, what the wait does next.
///
/// A waiter checks its acceptors in order after every poll; the first that matches decides. A
/// response no acceptor matches means "poll again"; an error no acceptor matches ends the wait
/// with that error.
///
/// ```swift
/// let acceptors: [WaiterAcceptor<DescribeClusterDetailResponse>] = [
///     .state(\DescribeClusterDetailResponse.state, equals: "running", result: .success),
///     .state(\DescribeClusterDetailResponse.state, equals: "failed", result: .failure),
///     .error(code: "ErrorClusterNotFound", result: .retry),
/// ]
/// ```
public struct WaiterAcceptor<Response: Sendable>: Sendable {
    /// What a match means.
    public enum Result: String, Sendable, Hashable {
        /// The wanted state: the wait returns the response.
        case success
        /// A state the wanted one cannot follow: the wait throws ``WaiterError/failureState(waiter:state:)``.
        case failure
        /// Not there yet: poll again.
        case retry
    }

    /// What a poll produced: the response, or the error it threw.
    enum Outcome {
        case response(Response)
        case error(ServiceError)
    }

    /// What the acceptor does when it matches.
    public let result: Result
    /// Whether a poll's outcome matches, and the state it observed (shown in progress and errors).
    let evaluate: @Sendable (Outcome) -> (matches: Bool, state: String?)

    /// Matches when a response's value equals `expected`.
    ///
    /// - Parameters:
    ///   - value: The value to compare (a key path such as `\Response.status?.state` will do).
    ///   - expected: The value that matches.
    ///   - result: What a match means.
    /// - Returns: The acceptor.
    @_spi(Generated) public static func state<Value: Equatable & Sendable>(
        _ value: @escaping @Sendable (Response) -> Value?, equals expected: Value, result: Result
    ) -> WaiterAcceptor {
        WaiterAcceptor(result: result) { outcome in
            guard case .response(let response) = outcome else { return (false, nil) }
            let observed = value(response)
            return (observed == expected, observed.map { String(describing: $0) })
        }
    }

    /// Matches when a response's list is not empty and every element's value equals `expected`
    /// (every cluster of a listing is `running`).
    ///
    /// - Parameters:
    ///   - elements: The list.
    ///   - value: The value of one element to compare.
    ///   - expected: The value that matches.
    ///   - result: What a match means.
    /// - Returns: The acceptor.
    @_spi(Generated) public static func allElements<Element, Value: Equatable & Sendable>(
        _ elements: @escaping @Sendable (Response) -> [Element]?, _ value: @escaping @Sendable (Element) -> Value?,
        equals expected: Value, result: Result
    ) -> WaiterAcceptor {
        WaiterAcceptor(result: result) { outcome in
            guard case .response(let response) = outcome else { return (false, nil) }
            let observed = (elements(response) ?? []).map(value)
            let state = observed.map { $0.map { String(describing: $0) } ?? "-" }.joined(separator: ",")
            return (!observed.isEmpty && observed.allSatisfy { $0 == expected }, observed.isEmpty ? nil : state)
        }
    }

    /// Matches when a response's list has an element whose value equals `expected` (any cluster
    /// of a listing is `error`).
    ///
    /// - Parameters:
    ///   - elements: The list.
    ///   - value: The value of one element to compare.
    ///   - expected: The value that matches.
    ///   - result: What a match means.
    /// - Returns: The acceptor.
    @_spi(Generated) public static func anyElement<Element, Value: Equatable & Sendable>(
        _ elements: @escaping @Sendable (Response) -> [Element]?, _ value: @escaping @Sendable (Element) -> Value?,
        equals expected: Value, result: Result
    ) -> WaiterAcceptor {
        WaiterAcceptor(result: result) { outcome in
            guard case .response(let response) = outcome else { return (false, nil) }
            let observed = (elements(response) ?? []).map(value)
            let state = observed.map { $0.map { String(describing: $0) } ?? "-" }.joined(separator: ",")
            return (observed.contains { $0 == expected }, observed.isEmpty ? nil : state)
        }
    }

    /// Matches when the poll fails with a ``ServiceError`` whose vendor code is `code`.
    ///
    /// - Parameters:
    ///   - code: The vendor's error code, e.g. `ErrorClusterNotFound`.
    ///   - result: What a match means.
    /// - Returns: The acceptor.
    @_spi(Generated) public static func error(code: String, result: Result) -> WaiterAcceptor {
        WaiterAcceptor(result: result) { outcome in
            guard case .error(let error) = outcome else { return (false, nil) }
            return (error.code == code, "error \(error.code ?? String(error.httpStatus))")
        }
    }

    /// Matches when the poll fails with a ``ServiceError`` of HTTP status `status` (404 once a
    /// deleted resource is gone).
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - result: What a match means.
    /// - Returns: The acceptor.
    @_spi(Generated) public static func error(status: Int, result: Result) -> WaiterAcceptor {
        WaiterAcceptor(result: result) { outcome in
            guard case .error(let error) = outcome else { return (false, nil) }
            return (error.httpStatus == status, "HTTP \(error.httpStatus)")
        }
    }
}
