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

    /// The UTC calendar fields of a date, by integer arithmetic on the proleptic Gregorian calendar
    /// (``WireDate/civilDate(daysSinceEpoch:)``): no Calendar or TimeZone objects, which cost more
    /// than the rest of a signature.
    private static func components(_ date: Date) -> Parts {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = WireDate.civilDate(daysSinceEpoch: days)
        // 1970-01-01 was a Thursday; weekday 1 is Sunday, as Calendar numbers them.
        let weekday = ((days % 7) + 7 + 4) % 7 + 1
        return Parts(
            year: year, month: month, day: day, hour: secondOfDay / 3_600, minute: secondOfDay % 3_600 / 60,
            second: secondOfDay % 60, weekday: weekday)
    }

    private static func yearMonthDay(_ parts: Parts) -> String {
        "\(self.pad(parts.year, 4))\(self.pad(parts.month))\(self.pad(parts.day))"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.utf8.count >= width ? text : String(repeating: "0", count: width - text.utf8.count) + text
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
