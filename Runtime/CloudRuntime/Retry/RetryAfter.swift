import Foundation
import HTTPTypes

/// Reads the wait a server asks for before the next attempt.
///
/// Two headers are understood:
/// - `x-acs-retry-after` (Alibaba Cloud): a whole number of **milliseconds**, the unit the vendor's
///   own SDKs (Darabonba/Tea) read it in; preferred when present.
/// - `Retry-After` (RFC 9110 §10.2.3): a whole number of **seconds**, or an HTTP date. A date is
///   measured from the answer's own `Date` header when it has one (both times from the server's
///   clock, so client clock skew does not matter), else from the time the answer arrived.
///
/// Values that do not parse, and negative waits, are ignored; a date in the past means no wait.
public enum RetryAfter {
    /// The requested wait, or nil when no header asks for one.
    ///
    /// - Parameters:
    ///   - headers: The answer's headers.
    ///   - receivedAt: When the answer arrived, on the client's clock.
    /// - Returns: The wait, zero or more.
    public static func delay(in headers: HTTPFields, receivedAt: Date) -> Duration? {
        if let text = headers[Self.acsRetryAfter], let milliseconds = Self.wholeNumber(text) {
            return .milliseconds(milliseconds)
        }
        guard let text = headers[.retryAfter] else { return nil }
        if let seconds = Self.wholeNumber(text) {
            return .seconds(seconds)
        }
        guard let date = Self.httpDate(text) else { return nil }
        let now = headers[.date].flatMap(Self.httpDate) ?? receivedAt
        let seconds = date.timeIntervalSince(now)
        return seconds > 0 ? .milliseconds(Int64((seconds * 1000).rounded(.up))) : .zero
    }

    private static let acsRetryAfter = HTTPField.Name("x-acs-retry-after")!

    /// A non-negative decimal integer of at most 12 digits (surrounding spaces allowed).
    private static func wholeNumber(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 12, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber)
        else {
            return nil
        }
        return Int64(trimmed)
    }

    /// An IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (the form RFC 9110 requires senders to use).
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
