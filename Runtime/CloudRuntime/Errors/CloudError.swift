import Foundation

/// An error a call of a service operation throws: the one type to catch every failure of a call by.
///
/// Every error a generated operation method throws, other than `CancellationError`, conforms:
/// ``ServiceError`` (the service answered with an error), ``ResponseDecodingError`` (a 2xx answer that
/// cannot be read), ``TransportError`` (no answer), ``RequestEncodingError`` and ``ClientError`` (the
/// request cannot be built), ``CredentialsError`` and ``SigningError`` (it cannot be signed). Each names
/// the operation, and carries the vendor's request ID once an answer arrived. Its description is one
/// readable sentence, which is also its `localizedDescription`.
///
/// ```swift
/// do {
///     let cluster = try await ack.describeClusterDetail(.init(clusterID: id))
/// } catch let error as ServiceError where error.code == "ErrorClusterNotFound" {
///     // gone
/// } catch let error as any CloudError {
///     print("\(error.operation ?? "call") failed (request \(error.requestID ?? "-")): \(error)")
/// }
/// ```
public protocol CloudError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The operation that failed, for example `DescribeClusterDetail`; nil only for an error raised
    /// outside a call (a credentials provider asked directly).
    var operation: String? { get }
    /// The vendor's request ID, to quote to its support, once an answer arrived.
    var requestID: String? { get }
}

extension CloudError {
    /// The description, so that `localizedDescription` reads as well as `print(error)`.
    public var errorDescription: String? { self.description }
}

extension ServiceError: CloudError {}
extension ResponseDecodingError: CloudError {}

/// An error raised where the operation is not known; the client names it before the error leaves a call.
protocol OperationNamedByClient: CloudError {
    var operation: String? { get set }
}

extension TransportError: OperationNamedByClient {
    /// Always nil: no answer arrived.
    public var requestID: String? { nil }
}

extension ClientError: OperationNamedByClient {
    /// Always nil: the request was refused before it was sent.
    public var requestID: String? { nil }
}

extension RequestEncodingError: OperationNamedByClient {
    /// Always nil: the request was refused before it was sent.
    public var requestID: String? { nil }
}

extension CredentialsError: OperationNamedByClient {
    /// Always nil: the request was refused before it was sent.
    public var requestID: String? { nil }
}

extension SigningError: OperationNamedByClient {
    /// Always nil: the request was refused before it was sent.
    public var requestID: String? { nil }
}

extension ServiceClient {
    /// The error with the operation filled in where the code that threw it did not know it.
    static func naming(_ operation: String, in error: any Error) -> any Error {
        guard var named = error as? any OperationNamedByClient, named.operation == nil else { return error }
        named.operation = operation
        return named
    }
}

// The errors of paging, waiting and the catalogs read as well through `localizedDescription`.

extension PaginationError: LocalizedError {
    /// The description.
    public var errorDescription: String? { self.description }
}

extension WaiterError: LocalizedError {
    /// The description.
    public var errorDescription: String? { self.description }
}

extension OperationParameterError: LocalizedError {
    /// The description.
    public var errorDescription: String? { self.description }
}
