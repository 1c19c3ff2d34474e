import Foundation

/// The date formats signatures use, always in UTC and independent of the process locale.
enum SigningDate {
    /// RFC 1123 / RFC 2616, as in the `Date` header: `Fri, 02 Jan 2026 03:04:05 GMT`.
    static func rfc1123(_ date: Date) -> String {
        let parts = self.components(date)
        return "\(self.weekdays[parts.weekday - 1]), \(self.pad(parts.day)) \(self.months[parts.month - 1]) "
            + "\(self.pad(parts.year, 4)) \(self.pad(parts.hour)):\(self.pad(parts.minute)):\(self.pad(parts.second)) GMT"
    }

    /// ISO 8601 extended, seconds precision: `2026-01-02T03:04:05Z` (`x-acs-date`).
    static func iso8601(_ date: Date) -> String {
        let parts = self.components(date)
        return "\(self.pad(parts.year, 4))-\(self.pad(parts.month))-\(self.pad(parts.day))"
            + "T\(self.pad(parts.hour)):\(self.pad(parts.minute)):\(self.pad(parts.second))Z"
    }

    /// ISO 8601 basic: `20260102T030405Z` (`X-Amz-Date`).
    static func iso8601Basic(_ date: Date) -> String {
        let parts = self.components(date)
        return "\(self.yearMonthDay(parts))T\(self.pad(parts.hour))\(self.pad(parts.minute))\(self.pad(parts.second))Z"
    }

    /// The day alone: `20260102` (AWS4 credential scope).
    static func day(_ date: Date) -> String {
        self.yearMonthDay(self.components(date))
    }

    private struct Parts {
        var year, month, day, hour, minute, second, weekday: Int
    }

    private static func components(_ date: Date) -> Parts {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let value = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        return Parts(
            year: value.year ?? 1970, month: value.month ?? 1, day: value.day ?? 1, hour: value.hour ?? 0,
            minute: value.minute ?? 0, second: value.second ?? 0, weekday: value.weekday ?? 5)
    }

    private static func yearMonthDay(_ parts: Parts) -> String {
        "\(self.pad(parts.year, 4))\(self.pad(parts.month))\(self.pad(parts.day))"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
