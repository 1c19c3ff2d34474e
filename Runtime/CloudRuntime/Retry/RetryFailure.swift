import Foundation
import HTTPTypes

/// A failed attempt, as a ``RetryPolicy`` sees it.
public enum RetryFailure: Sendable, Hashable {
    /// The service answered with an error status; `requestedDelay` is the wait its `Retry-After`
    /// or `x-acs-retry-after` header asked for, if any.
    case service(ServiceError, requestedDelay: Duration?)
    /// No answer arrived.
    case transport(TransportError)

    /// A service failure built from the error answer.
    ///
    /// - Parameters:
    ///   - error: The error parsed from the answer.
    ///   - response: The answer, for its retry headers.
    ///   - receivedAt: When the answer arrived, to turn an HTTP-date `Retry-After` into a wait.
    /// - Returns: The failure.
    public static func service(_ error: ServiceError, response: HTTPResponse, receivedAt: Date) -> RetryFailure {
        .service(error, requestedDelay: RetryAfter.delay(in: response.headerFields, receivedAt: receivedAt))
    }

    /// Whether the failure is throttling: the service refused the request before processing it.
    ///
    /// HTTP 429; an Alibaba Cloud error code starting with `Throttling` (`Throttling`,
    /// `Throttling.User`, `Throttling.Api`) at any status; Kingsoft Cloud's `LimitExceeded` with 409.
    public var isThrottling: Bool {
        guard case .service(let error, _) = self else { return false }
        if error.httpStatus == 429 { return true }
        guard let code = error.code else { return false }
        return code.hasPrefix("Throttling") || (code == "LimitExceeded" && error.httpStatus == 409)
    }
}
