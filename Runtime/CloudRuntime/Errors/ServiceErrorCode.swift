/// A service's table of error codes: an ``ExtensibleEnum`` whose constants are the codes the vendor
/// documents, and which still holds any other code the service sends.
///
/// Generated modules declare one per service that documents its errors (`KCE.ErrorCode`). Compare a
/// ``ServiceError`` against it, or read the code from any error:
///
/// ```swift
/// do {
///     _ = try await client.describeCluster(request)
/// } catch let error as ServiceError where error.code == KCE.ErrorCode.signatureDoesNotMatch {
///     // fix the clock or the secret key
/// } catch {
///     if KCE.ErrorCode(error) == .dryRunOperation { /* the dry run passed */ }
/// }
/// ```
public protocol ServiceErrorCode: ExtensibleEnum {}

extension ServiceErrorCode {
    /// The code of a service error, or nil when the error is not a ``ServiceError`` or carries no code.
    ///
    /// - Parameter error: Any error a client threw.
    public init?(_ error: any Error) {
        guard let code = (error as? ServiceError)?.code else { return nil }
        self.init(rawValue: code)
    }

    /// Whether a service error's code (``ServiceError/code``) is this one; false for a missing code.
    ///
    /// - Parameters:
    ///   - lhs: The code a ``ServiceError`` carries.
    ///   - rhs: The documented code.
    public static func == (lhs: String?, rhs: Self) -> Bool {
        lhs == rhs.rawValue
    }

    /// Whether a service error's code is not this one; true for a missing code.
    ///
    /// - Parameters:
    ///   - lhs: The code a ``ServiceError`` carries.
    ///   - rhs: The documented code.
    public static func != (lhs: String?, rhs: Self) -> Bool {
        lhs != rhs.rawValue
    }

    /// Lets a `switch error.code` match documented codes: `case KCE.ErrorCode.dryRunOperation:`.
    ///
    /// - Parameters:
    ///   - pattern: The documented code.
    ///   - value: The code a ``ServiceError`` carries.
    public static func ~= (pattern: Self, value: String?) -> Bool {
        value == pattern.rawValue
    }
}
